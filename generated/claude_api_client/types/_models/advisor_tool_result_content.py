# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .advisor_redacted_result_block import AdvisorRedactedResultBlock
from .advisor_result_block import AdvisorResultBlock
from .advisor_tool_result_error import AdvisorToolResultError
from .unknown_advisor_tool_result_content import UnknownAdvisorToolResultContent

AdvisorToolResultContent = TypeAliasType(
    "AdvisorToolResultContent",
    Annotated[
        Union[
            Annotated[AdvisorToolResultError, Tag("advisor_tool_result_error")],
            Annotated[AdvisorResultBlock, Tag("advisor_result")],
            Annotated[AdvisorRedactedResultBlock, Tag("advisor_redacted_result")],
            Annotated[UnknownAdvisorToolResultContent, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                [
                    "advisor_redacted_result",
                    "advisor_result",
                    "advisor_tool_result_error",
                ],
            )
        ),
    ],
)
