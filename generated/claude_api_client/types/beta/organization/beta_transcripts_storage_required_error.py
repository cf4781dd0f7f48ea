# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_transcripts_storage_required_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaTranscriptsStorageRequiredError as BetaTranscriptsStorageRequiredError,
)

__all__ = [
    "BetaTranscriptsStorageRequiredError",
]
