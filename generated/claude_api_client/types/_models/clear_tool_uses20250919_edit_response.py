# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClearToolUses20250919EditResponse(APIModel):
    """What a clear-tool-uses edit removed."""

    cleared_input_tokens: int
    """Input tokens removed by this edit."""
    cleared_tool_uses: int
    """Number of tool uses removed."""
    type: Literal["clear_tool_uses_20250919"]
    """Always `clear_tool_uses_20250919`."""
