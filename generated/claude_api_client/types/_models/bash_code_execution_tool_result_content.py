# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .bash_code_execution_result_block import BashCodeExecutionResultBlock
    from .bash_code_execution_tool_result_error import BashCodeExecutionToolResultError
    from .unknown_bash_code_execution_tool_result_content import (
        UnknownBashCodeExecutionToolResultContent,
    )


if TYPE_CHECKING:
    BashCodeExecutionToolResultContent = TypeAliasType(
        "BashCodeExecutionToolResultContent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        BashCodeExecutionToolResultError,
                        BashCodeExecutionResultBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownBashCodeExecutionToolResultContent,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "bash_code_execution_result",
                                "bash_code_execution_tool_result_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    BashCodeExecutionToolResultContent = lazy_union(
        "BashCodeExecutionToolResultContent",
        "type",
        {
            "bash_code_execution_tool_result_error": ".bash_code_execution_tool_result_error:BashCodeExecutionToolResultError",
            "bash_code_execution_result": ".bash_code_execution_result_block:BashCodeExecutionResultBlock",
        },
        ".unknown_bash_code_execution_tool_result_content:UnknownBashCodeExecutionToolResultContent",
        __package__,
    )
