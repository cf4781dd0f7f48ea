# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .tool_addition_block_param import ToolAdditionBlockParam
from .tool_removal_block_param import ToolRemovalBlockParam

CompactionToolChangeParam: TypeAlias = ToolAdditionBlockParam | ToolRemovalBlockParam
"""
One tool change of a compacted range, sent back with its block, told apart by `type`.
"""
