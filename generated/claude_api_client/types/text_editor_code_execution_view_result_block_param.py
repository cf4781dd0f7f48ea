# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_editor_code_execution_view_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.text_editor_code_execution_view_result_block_param import (
    TextEditorCodeExecutionViewResultBlockParam as TextEditorCodeExecutionViewResultBlockParam,
)

__all__ = [
    "TextEditorCodeExecutionViewResultBlockParam",
]
