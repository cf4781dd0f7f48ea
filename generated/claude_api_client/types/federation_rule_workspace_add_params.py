# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_rule_workspace_add_params`: the official path of these types."""

from __future__ import annotations

from ._params.federation_rule_workspace_add_params import (
    FederationRuleWorkspaceAddParams as FederationRuleWorkspaceAddParams,
)

__all__ = [
    "FederationRuleWorkspaceAddParams",
]
