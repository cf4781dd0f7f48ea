# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .text_editor_code_execution_create_result_block import (
    TextEditorCodeExecutionCreateResultBlock,
)
from .text_editor_code_execution_str_replace_result_block import (
    TextEditorCodeExecutionStrReplaceResultBlock,
)
from .text_editor_code_execution_tool_result_error import (
    TextEditorCodeExecutionToolResultError,
)
from .text_editor_code_execution_view_result_block import (
    TextEditorCodeExecutionViewResultBlock,
)
from .unknown_text_editor_code_execution_tool_result_content import (
    UnknownTextEditorCodeExecutionToolResultContent,
)

TextEditorCodeExecutionToolResultContent = TypeAliasType(
    "TextEditorCodeExecutionToolResultContent",
    Annotated[
        Union[
            Annotated[
                Union[
                    TextEditorCodeExecutionToolResultError,
                    TextEditorCodeExecutionViewResultBlock,
                    TextEditorCodeExecutionCreateResultBlock,
                    TextEditorCodeExecutionStrReplaceResultBlock,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownTextEditorCodeExecutionToolResultContent,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "text_editor_code_execution_create_result",
                            "text_editor_code_execution_str_replace_result",
                            "text_editor_code_execution_tool_result_error",
                            "text_editor_code_execution_view_result",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
