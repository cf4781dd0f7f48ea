# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_20250825_param`: the official path of these types."""

from __future__ import annotations

from .._params.code_execution_tool20250825_param import (
    CodeExecutionTool20250825Param as BetaCodeExecutionTool20250825Param,
)

__all__ = [
    "BetaCodeExecutionTool20250825Param",
]
