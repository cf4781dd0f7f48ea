# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .input_tokens_trigger_param import InputTokensTriggerParam
from .tool_uses_trigger_param import ToolUsesTriggerParam

ClearToolUsesTriggerParam: TypeAlias = InputTokensTriggerParam | ToolUsesTriggerParam
"""
The condition that starts a clear-tool-uses edit.
"""
