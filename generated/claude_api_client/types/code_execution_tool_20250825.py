# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.code_execution_tool_20250825`: the official path of these types."""

from __future__ import annotations

from ._models.code_execution_tool20250825 import (
    CodeExecutionTool20250825 as CodeExecutionTool20250825,
)

__all__ = [
    "CodeExecutionTool20250825",
]
