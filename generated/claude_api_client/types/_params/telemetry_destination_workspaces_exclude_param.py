# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TelemetryDestinationWorkspacesExcludeParam(TypedDict):
    """
    Request form: every workspace except those listed.
    """

    type: Literal["exclude"]
    """
    Always `exclude`.
    """
    workspace_ids: NotRequired[Sequence[str]]
    """
    IDs of the workspaces on the list.
    """
