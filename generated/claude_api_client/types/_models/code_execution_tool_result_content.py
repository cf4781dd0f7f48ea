# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .code_execution_result_block import CodeExecutionResultBlock
from .code_execution_tool_result_error import CodeExecutionToolResultError
from .encrypted_code_execution_result_block import EncryptedCodeExecutionResultBlock
from .unknown_code_execution_tool_result_content import (
    UnknownCodeExecutionToolResultContent,
)

CodeExecutionToolResultContent = TypeAliasType(
    "CodeExecutionToolResultContent",
    Annotated[
        Union[
            Annotated[CodeExecutionToolResultError, Tag("code_execution_tool_result_error")],
            Annotated[CodeExecutionResultBlock, Tag("code_execution_result")],
            Annotated[
                EncryptedCodeExecutionResultBlock,
                Tag("encrypted_code_execution_result"),
            ],
            Annotated[UnknownCodeExecutionToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                [
                    "code_execution_result",
                    "code_execution_tool_result_error",
                    "encrypted_code_execution_result",
                ],
            )
        ),
    ],
)
