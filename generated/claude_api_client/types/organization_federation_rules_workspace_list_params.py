# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization_federation_rules_workspace_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.organization_federation_rules_workspace_list_params import (
    OrganizationFederationRulesWorkspaceListParams as OrganizationFederationRulesWorkspaceListParams,
)

__all__ = [
    "OrganizationFederationRulesWorkspaceListParams",
]
