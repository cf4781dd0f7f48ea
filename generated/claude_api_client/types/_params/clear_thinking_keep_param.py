# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .all_thinking_turns_param import AllThinkingTurnsParam
from .thinking_turns_param import ThinkingTurnsParam

ClearThinkingKeepParam: TypeAlias = ThinkingTurnsParam | AllThinkingTurnsParam
"""
How many recent thinking turns survive a clear-thinking edit.
"""
