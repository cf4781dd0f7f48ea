# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_editor_code_execution_tool_result_content`: the official path of these types."""

from __future__ import annotations

from .._models.text_editor_code_execution_tool_result_content import (
    TextEditorCodeExecutionToolResultContent as BetaTextEditorCodeExecutionToolResultContent,
)

__all__ = [
    "BetaTextEditorCodeExecutionToolResultContent",
]
