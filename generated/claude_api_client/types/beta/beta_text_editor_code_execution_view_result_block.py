# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_editor_code_execution_view_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.text_editor_code_execution_view_result_block import (
    TextEditorCodeExecutionViewResultBlock as BetaTextEditorCodeExecutionViewResultBlock,
)

__all__ = [
    "BetaTextEditorCodeExecutionViewResultBlock",
]
