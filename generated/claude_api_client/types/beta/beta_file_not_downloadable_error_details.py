# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_not_downloadable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.file_not_downloadable_error_details import (
    FileNotDownloadableErrorDetails as BetaFileNotDownloadableErrorDetails,
)

__all__ = [
    "BetaFileNotDownloadableErrorDetails",
]
