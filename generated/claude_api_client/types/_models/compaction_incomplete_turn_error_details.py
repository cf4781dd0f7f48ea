# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionIncompleteTurnErrorDetails(APIModel):
    """The conversation to compact ends in an unfinished turn."""

    error_code: Literal["compaction_incomplete_turn"]
    """Always `compaction_incomplete_turn`."""
