# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_document_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.document_block_param import DocumentBlockParam as BetaDocumentBlockParam
from .._params.document_source_param import DocumentSourceParam as Source

__all__ = [
    "BetaDocumentBlockParam",
    "Source",
]
