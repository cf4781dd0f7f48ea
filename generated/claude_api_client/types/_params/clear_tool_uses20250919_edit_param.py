# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .clear_tool_uses_trigger_param import ClearToolUsesTriggerParam
from .input_tokens_clear_at_least_param import InputTokensClearAtLeastParam
from .tool_uses_keep_param import ToolUsesKeepParam


class ClearToolUses20250919EditParam(TypedDict):
    """
    Clears old tool uses and results once the context grows past a threshold.
    """

    clear_at_least: NotRequired[InputTokensClearAtLeastParam | None]
    """
    Only clear when at least this many tokens are freed.
    """
    clear_tool_inputs: NotRequired[bool | Sequence[str] | None]
    """
    Also clear tool inputs: all of them (true) or those of the named tools.
    """
    exclude_tools: NotRequired[Sequence[str] | None]
    """
    Tools whose uses are never cleared.
    """
    keep: NotRequired[ToolUsesKeepParam]
    """
    How many recent tool uses to keep.
    """
    trigger: NotRequired[ClearToolUsesTriggerParam]
    """
    When clearing starts.
    """
    type: Literal["clear_tool_uses_20250919"]
    """
    Always `clear_tool_uses_20250919`.
    """
