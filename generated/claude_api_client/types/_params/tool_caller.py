# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .direct_caller import DirectCaller
from .server_tool_caller import ServerToolCaller
from .server_tool_caller20260120 import ServerToolCaller20260120

ToolCaller: TypeAlias = DirectCaller | ServerToolCaller | ServerToolCaller20260120
"""
Who invoked a tool: the model directly, or code running in the code execution tool.
"""
