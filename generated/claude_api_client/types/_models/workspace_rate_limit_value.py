# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .workspace_rate_limit_source import WorkspaceRateLimitSource


class WorkspaceRateLimitValue(APIModel):
    """One workspace limit and where its value comes from."""

    org_limit: int | None = None
    """The organization's limit of the same kind, for comparison; null when it has none."""
    source: WorkspaceRateLimitSource
    """Whether the workspace set the value or inherits it."""
    type: str
    """What the limit counts."""
    value: int
    """The limit in force."""
