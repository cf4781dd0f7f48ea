# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.document_source`: the official path of these types."""

from __future__ import annotations

from ._models.document_source import DocumentSource as DocumentSource

__all__ = [
    "DocumentSource",
]
