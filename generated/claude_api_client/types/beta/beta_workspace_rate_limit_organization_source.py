# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_workspace_rate_limit_organization_source`: the official path of these types."""

from __future__ import annotations

from .._models.workspace_rate_limit_organization_source import (
    WorkspaceRateLimitOrganizationSource as BetaWorkspaceRateLimitOrganizationSource,
)

__all__ = [
    "BetaWorkspaceRateLimitOrganizationSource",
]
