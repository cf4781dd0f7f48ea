# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TelemetryDestinationWorkspacesExcludeParam(TypedDict):
    """
    Request form of telemetry Destination Workspaces Exclude.
    """

    type: Literal["exclude"]
    """
    Object type tag.
    """
    workspace_ids: NotRequired[Sequence[str]]
    """
    IDs of the workspaces.
    """
