# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .telemetry_destination_state_disabled import TelemetryDestinationStateDisabled
    from .telemetry_destination_state_enabled import TelemetryDestinationStateEnabled
    from .unknown_telemetry_destination_state import UnknownTelemetryDestinationState


if TYPE_CHECKING:
    TelemetryDestinationState = TypeAliasType(
        "TelemetryDestinationState",
        Annotated[
            Union[
                Annotated[
                    Union[
                        TelemetryDestinationStateEnabled,
                        TelemetryDestinationStateDisabled,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownTelemetryDestinationState,
                    AfterValidator(unknown_tag("type", ["disabled", "enabled"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    TelemetryDestinationState = lazy_union(
        "TelemetryDestinationState",
        "type",
        {
            "enabled": ".telemetry_destination_state_enabled:TelemetryDestinationStateEnabled",
            "disabled": ".telemetry_destination_state_disabled:TelemetryDestinationStateDisabled",
        },
        ".unknown_telemetry_destination_state:UnknownTelemetryDestinationState",
        __package__,
    )
