# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_tool_20260521`: the official path of these types."""

from __future__ import annotations

from ._models.code_execution_tool20260521 import (
    CodeExecutionTool20260521 as CodeExecutionTool20260521,
)

__all__ = [
    "CodeExecutionTool20260521",
]
