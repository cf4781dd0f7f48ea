# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_event_delta_event_content_delta import (
    ManagedAgentsEventDeltaEventContentDelta,
)
from .unknown_managed_agents_event_delta_event_delta import (
    UnknownManagedAgentsEventDeltaEventDelta,
)

ManagedAgentsEventDeltaEventDelta = TypeAliasType(
    "ManagedAgentsEventDeltaEventDelta",
    Annotated[
        Union[
            Annotated[
                Union[ManagedAgentsEventDeltaEventContentDelta,],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsEventDeltaEventDelta,
                AfterValidator(unknown_tag("type", ["content_delta"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
