# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_20260120_param`: the official path of these types."""

from __future__ import annotations

from .._params.code_execution_tool20260120_param import (
    CodeExecutionTool20260120Param as BetaCodeExecutionTool20260120Param,
)

__all__ = [
    "BetaCodeExecutionTool20260120Param",
]
