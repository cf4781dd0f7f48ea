# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.file_document_source_param`: the official path of these types."""

from __future__ import annotations

from ._params.file_document_source_param import FileDocumentSourceParam as FileDocumentSourceParam

__all__ = [
    "FileDocumentSourceParam",
]
