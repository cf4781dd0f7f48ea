# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_clear_tool_uses_trigger_param`: the official path of these types."""

from __future__ import annotations

from .._params.clear_tool_uses_trigger_param import (
    ClearToolUsesTriggerParam as BetaClearToolUsesTriggerParam,
)

__all__ = [
    "BetaClearToolUsesTriggerParam",
]
