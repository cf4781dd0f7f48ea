# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .telemetry_destination_workspaces_all import TelemetryDestinationWorkspacesAll
    from .telemetry_destination_workspaces_exclude import (
        TelemetryDestinationWorkspacesExclude,
    )
    from .telemetry_destination_workspaces_include import (
        TelemetryDestinationWorkspacesInclude,
    )
    from .unknown_telemetry_destination_workspaces import (
        UnknownTelemetryDestinationWorkspaces,
    )


if TYPE_CHECKING:
    TelemetryDestinationWorkspaces = TypeAliasType(
        "TelemetryDestinationWorkspaces",
        Annotated[
            Union[
                Annotated[
                    Union[
                        TelemetryDestinationWorkspacesAll,
                        TelemetryDestinationWorkspacesInclude,
                        TelemetryDestinationWorkspacesExclude,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownTelemetryDestinationWorkspaces,
                    AfterValidator(unknown_tag("type", ["all", "exclude", "include"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    TelemetryDestinationWorkspaces = lazy_union(
        "TelemetryDestinationWorkspaces",
        "type",
        {
            "all": ".telemetry_destination_workspaces_all:TelemetryDestinationWorkspacesAll",
            "include": ".telemetry_destination_workspaces_include:TelemetryDestinationWorkspacesInclude",
            "exclude": ".telemetry_destination_workspaces_exclude:TelemetryDestinationWorkspacesExclude",
        },
        ".unknown_telemetry_destination_workspaces:UnknownTelemetryDestinationWorkspaces",
        __package__,
    )
