# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_organization_federation_rules_workspace_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_organization_federation_rules_workspace_list_params import (
    BetaOrganizationFederationRulesWorkspaceListParams as BetaOrganizationFederationRulesWorkspaceListParams,
)

__all__ = [
    "BetaOrganizationFederationRulesWorkspaceListParams",
]
