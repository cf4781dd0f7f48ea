# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.document_source_param`: the official path of these types."""

from __future__ import annotations

from ._params.document_source_param import DocumentSourceParam as DocumentSourceParam

__all__ = [
    "DocumentSourceParam",
]
