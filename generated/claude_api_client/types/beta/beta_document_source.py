# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_document_source`: the official path of these types."""

from __future__ import annotations

from .._models.document_source import DocumentSource as BetaDocumentSource

__all__ = [
    "BetaDocumentSource",
]
