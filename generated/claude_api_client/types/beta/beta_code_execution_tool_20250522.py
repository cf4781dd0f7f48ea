# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_tool_20250522`: the official path of these types."""

from __future__ import annotations

from .._models.code_execution_tool20250522 import (
    CodeExecutionTool20250522 as BetaCodeExecutionTool20250522,
)

__all__ = [
    "BetaCodeExecutionTool20250522",
]
