# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_editor_code_execution_str_replace_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.text_editor_code_execution_str_replace_result_block_param import (
    TextEditorCodeExecutionStrReplaceResultBlockParam as BetaTextEditorCodeExecutionStrReplaceResultBlockParam,
)

__all__ = [
    "BetaTextEditorCodeExecutionStrReplaceResultBlockParam",
]
