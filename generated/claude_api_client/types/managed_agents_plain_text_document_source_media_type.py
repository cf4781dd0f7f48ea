# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_plain_text_document_source_media_type`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_plain_text_document_source_media_type import (
    ManagedAgentsPlainTextDocumentSourceMediaType as ManagedAgentsPlainTextDocumentSourceMediaType,
)

__all__ = [
    "ManagedAgentsPlainTextDocumentSourceMediaType",
]
