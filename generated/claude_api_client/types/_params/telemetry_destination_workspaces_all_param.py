# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationWorkspacesAllParam(TypedDict):
    """
    Every workspace of the organization, present and future.
    """

    type: Literal["all"]
    """
    Always `all`.
    """
