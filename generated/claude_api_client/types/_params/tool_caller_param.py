# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .direct_caller_param import DirectCallerParam
from .server_tool_caller20260120_param import ServerToolCaller20260120Param
from .server_tool_caller_param import ServerToolCallerParam

ToolCallerParam: TypeAlias = (
    DirectCallerParam | ServerToolCallerParam | ServerToolCaller20260120Param
)
"""
Who invoked a tool: the model directly, or code running in the code execution tool.
"""
