# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .advisor_message_iteration_usage import AdvisorMessageIterationUsage
from .compaction_iteration_usage import CompactionIterationUsage
from .fallback_message_iteration_usage import FallbackMessageIterationUsage
from .message_iteration_usage import MessageIterationUsage
from .unknown_usage_iteration import UnknownUsageIteration

UsageIteration = TypeAliasType(
    "UsageIteration",
    Annotated[
        Union[
            Annotated[MessageIterationUsage, Tag("message")],
            Annotated[CompactionIterationUsage, Tag("compaction")],
            Annotated[AdvisorMessageIterationUsage, Tag("advisor_message")],
            Annotated[FallbackMessageIterationUsage, Tag("fallback_message")],
            Annotated[UnknownUsageIteration, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type", ["advisor_message", "compaction", "fallback_message", "message"]
            )
        ),
    ],
)
