# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_event_delta_event_content_delta import (
        ManagedAgentsEventDeltaEventContentDelta,
    )
    from .unknown_managed_agents_event_delta_event_delta import (
        UnknownManagedAgentsEventDeltaEventDelta,
    )


if TYPE_CHECKING:
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
else:
    ManagedAgentsEventDeltaEventDelta = lazy_union(
        "ManagedAgentsEventDeltaEventDelta",
        "type",
        {
            "content_delta": ".managed_agents_event_delta_event_content_delta:ManagedAgentsEventDeltaEventContentDelta",
        },
        ".unknown_managed_agents_event_delta_event_delta:UnknownManagedAgentsEventDeltaEventDelta",
        __package__,
    )
