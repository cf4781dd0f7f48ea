# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

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
                TextEditorCodeExecutionToolResultError,
                Tag("text_editor_code_execution_tool_result_error"),
            ],
            Annotated[
                TextEditorCodeExecutionViewResultBlock,
                Tag("text_editor_code_execution_view_result"),
            ],
            Annotated[
                TextEditorCodeExecutionCreateResultBlock,
                Tag("text_editor_code_execution_create_result"),
            ],
            Annotated[
                TextEditorCodeExecutionStrReplaceResultBlock,
                Tag("text_editor_code_execution_str_replace_result"),
            ],
            Annotated[UnknownTextEditorCodeExecutionToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
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
)
