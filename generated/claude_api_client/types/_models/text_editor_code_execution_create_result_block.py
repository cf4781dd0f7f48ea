# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TextEditorCodeExecutionCreateResultBlock(APIModel):
    """A file created by the sandbox text editor."""

    is_file_update: bool
    """Whether an existing file was overwritten rather than a new one created."""
    type: Literal["text_editor_code_execution_create_result"]
    """Always `text_editor_code_execution_create_result`."""
