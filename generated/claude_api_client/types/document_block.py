# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.document_block`: the official path of these types."""

from __future__ import annotations

from ._models.document_block import DocumentBlock as DocumentBlock
from ._models.document_source import DocumentSource as Source

__all__ = [
    "DocumentBlock",
    "Source",
]
