# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.rules.workspace_add_params`: the official path of these types."""

from __future__ import annotations

from ....._params.beta_federation_rule_workspace_add_params import (
    BetaFederationRuleWorkspaceAddParams as WorkspaceAddParams,
)

__all__ = [
    "WorkspaceAddParams",
]
