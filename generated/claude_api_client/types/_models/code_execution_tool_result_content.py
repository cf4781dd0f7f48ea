# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

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
            Annotated[
                Union[
                    CodeExecutionToolResultError,
                    CodeExecutionResultBlock,
                    EncryptedCodeExecutionResultBlock,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownCodeExecutionToolResultContent,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "code_execution_result",
                            "code_execution_tool_result_error",
                            "encrypted_code_execution_result",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
