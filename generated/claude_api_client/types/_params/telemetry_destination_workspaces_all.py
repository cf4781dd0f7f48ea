# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationWorkspacesAll(TypedDict):
    """
    Telemetry Destination Workspaces All.
    """

    type: Literal["all"]
    """
    Object type tag.
    """
