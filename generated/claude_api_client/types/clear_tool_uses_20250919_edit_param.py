# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.clear_tool_uses_20250919_edit_param`: the official path of these types."""

from __future__ import annotations

from ._params.clear_tool_uses20250919_edit_param import (
    ClearToolUses20250919EditParam as ClearToolUses20250919EditParam,
)
from ._params.clear_tool_uses_trigger_param import ClearToolUsesTriggerParam as Trigger

__all__ = [
    "ClearToolUses20250919EditParam",
    "Trigger",
]
