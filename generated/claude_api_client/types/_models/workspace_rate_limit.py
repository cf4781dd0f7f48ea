# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .rate_limit_group import RateLimitGroup
from .workspace_rate_limit_value import WorkspaceRateLimitValue


class WorkspaceRateLimit(APIModel):
    """The rate limits of a workspace for one group."""

    group: RateLimitGroup
    """What the limits apply to."""
    limits: list[WorkspaceRateLimitValue]
    """The limits."""
    models: list[str] | None = None
    """The models of a model group; null for other groups."""
    rate_limit_id: str
    """ID of the organization's set of limits these refine."""
    type: Literal["workspace_rate_limit"]
    """Always `workspace_rate_limit`."""
    workspace_id: str
    """ID of the workspace."""
