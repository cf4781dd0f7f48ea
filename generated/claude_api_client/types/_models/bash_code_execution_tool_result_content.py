# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .bash_code_execution_result_block import BashCodeExecutionResultBlock
from .bash_code_execution_tool_result_error import BashCodeExecutionToolResultError
from .unknown_bash_code_execution_tool_result_content import (
    UnknownBashCodeExecutionToolResultContent,
)

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
