# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionSignatureInvalidErrorDetails(APIModel):
    """A `compaction` block's `signature` does not verify."""

    error_code: Literal["compaction_signature_invalid"]
    """Always `compaction_signature_invalid`."""
