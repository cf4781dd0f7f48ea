# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionContentMismatchErrorDetails(APIModel):
    """A `compaction` block's content does not match what was returned."""

    error_code: Literal["compaction_content_mismatch"]
    """Always `compaction_content_mismatch`."""
