# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .advisor_message_iteration_usage import AdvisorMessageIterationUsage
from .compaction_iteration_usage import CompactionIterationUsage
from .fallback_message_iteration_usage import FallbackMessageIterationUsage
from .message_iteration_usage import MessageIterationUsage
from .unknown_usage_iteration import UnknownUsageIteration

UsageIteration = TypeAliasType(
    "UsageIteration",
    Annotated[
        Union[
            Annotated[
                Union[
                    MessageIterationUsage,
                    CompactionIterationUsage,
                    AdvisorMessageIterationUsage,
                    FallbackMessageIterationUsage,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownUsageIteration,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "advisor_message",
                            "compaction",
                            "fallback_message",
                            "message",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
