# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .telemetry_destination_workspaces_all_param import (
    TelemetryDestinationWorkspacesAllParam,
)
from .telemetry_destination_workspaces_exclude_param import (
    TelemetryDestinationWorkspacesExcludeParam,
)
from .telemetry_destination_workspaces_include_param import (
    TelemetryDestinationWorkspacesIncludeParam,
)

TelemetryDestinationWorkspacesParam: TypeAlias = (
    TelemetryDestinationWorkspacesAllParam
    | TelemetryDestinationWorkspacesIncludeParam
    | TelemetryDestinationWorkspacesExcludeParam
)
"""
Which workspaces a new or changed destination covers, told apart by `type`.
"""
