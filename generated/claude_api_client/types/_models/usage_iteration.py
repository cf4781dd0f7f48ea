# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .advisor_message_iteration_usage import AdvisorMessageIterationUsage
    from .compaction_iteration_usage import CompactionIterationUsage
    from .fallback_message_iteration_usage import FallbackMessageIterationUsage
    from .message_iteration_usage import MessageIterationUsage
    from .unknown_usage_iteration import UnknownUsageIteration


if TYPE_CHECKING:
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
else:
    UsageIteration = lazy_union(
        "UsageIteration",
        "type",
        {
            "message": ".message_iteration_usage:MessageIterationUsage",
            "compaction": ".compaction_iteration_usage:CompactionIterationUsage",
            "advisor_message": ".advisor_message_iteration_usage:AdvisorMessageIterationUsage",
            "fallback_message": ".fallback_message_iteration_usage:FallbackMessageIterationUsage",
        },
        ".unknown_usage_iteration:UnknownUsageIteration",
        __package__,
    )
