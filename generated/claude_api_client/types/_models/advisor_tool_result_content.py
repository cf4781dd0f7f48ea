# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .advisor_redacted_result_block import AdvisorRedactedResultBlock
    from .advisor_result_block import AdvisorResultBlock
    from .advisor_tool_result_error import AdvisorToolResultError
    from .unknown_advisor_tool_result_content import UnknownAdvisorToolResultContent


if TYPE_CHECKING:
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
else:
    AdvisorToolResultContent = lazy_union(
        "AdvisorToolResultContent",
        "type",
        {
            "advisor_tool_result_error": ".advisor_tool_result_error:AdvisorToolResultError",
            "advisor_result": ".advisor_result_block:AdvisorResultBlock",
            "advisor_redacted_result": ".advisor_redacted_result_block:AdvisorRedactedResultBlock",
        },
        ".unknown_advisor_tool_result_content:UnknownAdvisorToolResultContent",
        __package__,
    )
