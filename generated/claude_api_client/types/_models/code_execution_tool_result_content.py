# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .code_execution_result_block import CodeExecutionResultBlock
    from .code_execution_tool_result_error import CodeExecutionToolResultError
    from .encrypted_code_execution_result_block import EncryptedCodeExecutionResultBlock
    from .unknown_code_execution_tool_result_content import (
        UnknownCodeExecutionToolResultContent,
    )


if TYPE_CHECKING:
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
else:
    CodeExecutionToolResultContent = lazy_union(
        "CodeExecutionToolResultContent",
        "type",
        {
            "code_execution_tool_result_error": ".code_execution_tool_result_error:CodeExecutionToolResultError",
            "code_execution_result": ".code_execution_result_block:CodeExecutionResultBlock",
            "encrypted_code_execution_result": ".encrypted_code_execution_result_block:EncryptedCodeExecutionResultBlock",
        },
        ".unknown_code_execution_tool_result_content:UnknownCodeExecutionToolResultContent",
        __package__,
    )
