# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_20260120`: the official path of these types."""

from __future__ import annotations

from .._models.code_execution_tool20260120 import (
    CodeExecutionTool20260120 as BetaCodeExecutionTool20260120,
)

__all__ = [
    "BetaCodeExecutionTool20260120",
]
