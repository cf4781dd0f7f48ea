# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_tool_20260521_param`: the official path of these types."""

from __future__ import annotations

from ._params.code_execution_tool20260521_param import (
    CodeExecutionTool20260521Param as CodeExecutionTool20260521Param,
)

__all__ = [
    "CodeExecutionTool20260521Param",
]
