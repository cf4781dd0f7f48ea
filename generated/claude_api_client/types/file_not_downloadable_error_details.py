# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.file_not_downloadable_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.file_not_downloadable_error_details import (
    FileNotDownloadableErrorDetails as FileNotDownloadableErrorDetails,
)

__all__ = [
    "FileNotDownloadableErrorDetails",
]
