# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TranscriptsStorageRequiredErrorDetails(APIModel):
    """Transcripts need an External Storage before this can be turned on."""

    error_code: Literal["transcripts_storage_required"]
    """Always `transcripts_storage_required`."""
