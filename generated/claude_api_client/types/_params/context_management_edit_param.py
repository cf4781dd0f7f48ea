# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .clear_thinking20251015_edit_param import ClearThinking20251015EditParam
from .clear_tool_uses20250919_edit_param import ClearToolUses20250919EditParam
from .compact20260112_edit_param import Compact20260112EditParam

ContextManagementEditParam: TypeAlias = (
    ClearToolUses20250919EditParam | ClearThinking20251015EditParam | Compact20260112EditParam
)
"""
One context-management strategy, told apart by `type`.
"""
