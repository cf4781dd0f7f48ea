# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.transcripts_storage_required_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.transcripts_storage_required_error_details import (
    TranscriptsStorageRequiredErrorDetails as TranscriptsStorageRequiredErrorDetails,
)

__all__ = [
    "TranscriptsStorageRequiredErrorDetails",
]
