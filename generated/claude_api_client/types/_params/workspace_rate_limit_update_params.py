# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from .workspace_rate_limit_update_value_param import WorkspaceRateLimitUpdateValueParam


class WorkspaceRateLimitUpdateParams(TypedDict):
    """
    Body that sets a workspace's limits for one group.
    """

    limits: Sequence[WorkspaceRateLimitUpdateValueParam]
    """
    The limits to set.
    """
    workspace_id: str
    """
    ID of the workspace.
    """
