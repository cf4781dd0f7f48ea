# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

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
                BashCodeExecutionToolResultError,
                Tag("bash_code_execution_tool_result_error"),
            ],
            Annotated[BashCodeExecutionResultBlock, Tag("bash_code_execution_result")],
            Annotated[UnknownBashCodeExecutionToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                ["bash_code_execution_result", "bash_code_execution_tool_result_error"],
            )
        ),
    ],
)
