# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_expired_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.file_expired_error_details import (
    FileExpiredErrorDetails as BetaFileExpiredErrorDetails,
)

__all__ = [
    "BetaFileExpiredErrorDetails",
]
