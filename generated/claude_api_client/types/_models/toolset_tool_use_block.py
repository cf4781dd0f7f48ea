# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from .browser_tool_use_block import BrowserToolUseBlock
from .computer_tool_use_block import ComputerToolUseBlock
from .tool_use_block import ToolUseBlock

ToolsetToolUseBlock = TypeAliasType(
    "ToolsetToolUseBlock",
    Annotated[
        BrowserToolUseBlock | ComputerToolUseBlock | ToolUseBlock,
        Field(union_mode="left_to_right"),
    ],
)
