# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .telemetry_destination_disabled_reason_caller import (
        TelemetryDestinationDisabledReasonCaller,
    )
    from .telemetry_destination_disabled_reason_invalid_address import (
        TelemetryDestinationDisabledReasonInvalidAddress,
    )
    from .telemetry_destination_disabled_reason_redirect import (
        TelemetryDestinationDisabledReasonRedirect,
    )
    from .telemetry_destination_disabled_reason_sustained_failure import (
        TelemetryDestinationDisabledReasonSustainedFailure,
    )
    from .unknown_telemetry_destination_disabled_reason import (
        UnknownTelemetryDestinationDisabledReason,
    )


if TYPE_CHECKING:
    TelemetryDestinationDisabledReason = TypeAliasType(
        "TelemetryDestinationDisabledReason",
        Annotated[
            Union[
                Annotated[
                    Union[
                        TelemetryDestinationDisabledReasonCaller,
                        TelemetryDestinationDisabledReasonSustainedFailure,
                        TelemetryDestinationDisabledReasonInvalidAddress,
                        TelemetryDestinationDisabledReasonRedirect,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownTelemetryDestinationDisabledReason,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "caller",
                                "invalid_address",
                                "redirect",
                                "sustained_failure",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    TelemetryDestinationDisabledReason = lazy_union(
        "TelemetryDestinationDisabledReason",
        "type",
        {
            "caller": ".telemetry_destination_disabled_reason_caller:TelemetryDestinationDisabledReasonCaller",
            "sustained_failure": ".telemetry_destination_disabled_reason_sustained_failure:TelemetryDestinationDisabledReasonSustainedFailure",
            "invalid_address": ".telemetry_destination_disabled_reason_invalid_address:TelemetryDestinationDisabledReasonInvalidAddress",
            "redirect": ".telemetry_destination_disabled_reason_redirect:TelemetryDestinationDisabledReasonRedirect",
        },
        ".unknown_telemetry_destination_disabled_reason:UnknownTelemetryDestinationDisabledReason",
        __package__,
    )
