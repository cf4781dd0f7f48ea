# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_20250522_param`: the official path of these types."""

from __future__ import annotations

from .._params.code_execution_tool20250522_param import (
    CodeExecutionTool20250522Param as BetaCodeExecutionTool20250522Param,
)

__all__ = [
    "BetaCodeExecutionTool20250522Param",
]
