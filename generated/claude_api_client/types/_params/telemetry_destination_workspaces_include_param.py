# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class TelemetryDestinationWorkspacesIncludeParam(TypedDict):
    """
    Request form: only the workspaces listed.
    """

    type: Literal["include"]
    """
    Always `include`.
    """
    workspace_ids: NotRequired[Sequence[str]]
    """
    IDs of the workspaces on the list.
    """
