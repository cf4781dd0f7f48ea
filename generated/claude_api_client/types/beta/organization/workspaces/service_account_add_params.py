# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.workspaces.service_account_add_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_workspace_service_account_add_params import (
    BetaWorkspaceServiceAccountAddParams as ServiceAccountAddParams,
)

__all__ = [
    "ServiceAccountAddParams",
]
