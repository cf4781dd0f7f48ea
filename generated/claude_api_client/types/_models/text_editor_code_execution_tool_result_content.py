# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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


if TYPE_CHECKING:
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
else:
    TextEditorCodeExecutionToolResultContent = lazy_union(
        "TextEditorCodeExecutionToolResultContent",
        "type",
        {
            "text_editor_code_execution_tool_result_error": ".text_editor_code_execution_tool_result_error:TextEditorCodeExecutionToolResultError",
            "text_editor_code_execution_view_result": ".text_editor_code_execution_view_result_block:TextEditorCodeExecutionViewResultBlock",
            "text_editor_code_execution_create_result": ".text_editor_code_execution_create_result_block:TextEditorCodeExecutionCreateResultBlock",
            "text_editor_code_execution_str_replace_result": ".text_editor_code_execution_str_replace_result_block:TextEditorCodeExecutionStrReplaceResultBlock",
        },
        ".unknown_text_editor_code_execution_tool_result_content:UnknownTextEditorCodeExecutionToolResultContent",
        __package__,
    )
