# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from .workspace_rate_limit_type_param import WorkspaceRateLimitTypeParam


class WorkspaceRateLimitUpdateValueParam(TypedDict):
    """
    A new value for one workspace limit.
    """

    type: WorkspaceRateLimitTypeParam
    """
    Which limit to set.
    """
    value: int | None
    """
    The new value; null drops the workspace's own value so the organization's applies.
    """
