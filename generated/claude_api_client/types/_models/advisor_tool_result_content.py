# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .advisor_redacted_result_block import AdvisorRedactedResultBlock
from .advisor_result_block import AdvisorResultBlock
from .advisor_tool_result_error import AdvisorToolResultError
from .unknown_advisor_tool_result_content import UnknownAdvisorToolResultContent

AdvisorToolResultContent = TypeAliasType(
    "AdvisorToolResultContent",
    Annotated[
        Union[
            Annotated[
                Union[
                    AdvisorToolResultError,
                    AdvisorResultBlock,
                    AdvisorRedactedResultBlock,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownAdvisorToolResultContent,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "advisor_redacted_result",
                            "advisor_result",
                            "advisor_tool_result_error",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
