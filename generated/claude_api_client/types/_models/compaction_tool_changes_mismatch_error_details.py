# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionToolChangesMismatchErrorDetails(APIModel):
    """A `compaction` block's `tool_changes` do not match what was returned."""

    error_code: Literal["compaction_tool_changes_mismatch"]
    """Always `compaction_tool_changes_mismatch`."""
