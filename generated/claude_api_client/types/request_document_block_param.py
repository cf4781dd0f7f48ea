# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.request_document_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.document_block_param import DocumentBlockParam as RequestDocumentBlockParam
from ._params.document_source_param import DocumentSourceParam as Source

__all__ = [
    "RequestDocumentBlockParam",
    "Source",
]
