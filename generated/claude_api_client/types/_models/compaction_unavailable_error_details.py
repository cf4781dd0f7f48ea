# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionUnavailableErrorDetails(APIModel):
    """Compaction is overloaded for now; retry later."""

    error_code: Literal["compaction_unavailable"]
    """Always `compaction_unavailable`."""
