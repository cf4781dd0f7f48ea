# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_file_document_source`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_file_document_source import (
    ManagedAgentsFileDocumentSource as ManagedAgentsFileDocumentSource,
)

__all__ = [
    "ManagedAgentsFileDocumentSource",
]
