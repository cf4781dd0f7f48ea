# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_document_source_param`: the official path of these types."""

from __future__ import annotations

from .._params.file_document_source_param import (
    FileDocumentSourceParam as BetaFileDocumentSourceParam,
)

__all__ = [
    "BetaFileDocumentSourceParam",
]
