# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.text_editor_code_execution_view_result_block_file_type`: the official path of these types."""

from __future__ import annotations

from ._models.text_editor_code_execution_view_result_block_file_type import (
    TextEditorCodeExecutionViewResultBlockFileType as TextEditorCodeExecutionViewResultBlockFileType,
)

__all__ = [
    "TextEditorCodeExecutionViewResultBlockFileType",
]
