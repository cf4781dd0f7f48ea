# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_service_account_workspace_member`: the official path of these types."""

from __future__ import annotations

from ..._models.service_account_workspace_member import (
    ServiceAccountWorkspaceMember as BetaServiceAccountWorkspaceMember,
)

__all__ = [
    "BetaServiceAccountWorkspaceMember",
]
