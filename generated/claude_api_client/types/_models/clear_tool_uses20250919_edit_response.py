# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ClearToolUses20250919EditResponse(APIModel):
    """What a clear-tool-uses edit removed."""

    cleared_input_tokens: Annotated[int, Field(ge=0)]
    """Input tokens removed by this edit."""
    cleared_tool_uses: Annotated[int, Field(ge=0)]
    """Number of tool uses removed."""
    type: Literal["clear_tool_uses_20250919"]
    """Always `clear_tool_uses_20250919`."""
