# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .telemetry_destination_test_failure import TelemetryDestinationTestFailure
    from .telemetry_destination_test_success import TelemetryDestinationTestSuccess
    from .unknown_telemetry_destination_test_result import (
        UnknownTelemetryDestinationTestResult,
    )


if TYPE_CHECKING:
    TelemetryDestinationTestResult = TypeAliasType(
        "TelemetryDestinationTestResult",
        Annotated[
            Union[
                Annotated[
                    Union[
                        TelemetryDestinationTestSuccess,
                        TelemetryDestinationTestFailure,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownTelemetryDestinationTestResult,
                    AfterValidator(unknown_tag("type", ["failure", "success"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    TelemetryDestinationTestResult = lazy_union(
        "TelemetryDestinationTestResult",
        "type",
        {
            "success": ".telemetry_destination_test_success:TelemetryDestinationTestSuccess",
            "failure": ".telemetry_destination_test_failure:TelemetryDestinationTestFailure",
        },
        ".unknown_telemetry_destination_test_result:UnknownTelemetryDestinationTestResult",
        __package__,
    )
