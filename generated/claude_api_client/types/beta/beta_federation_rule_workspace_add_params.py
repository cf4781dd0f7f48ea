# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_federation_rule_workspace_add_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_federation_rule_workspace_add_params import (
    BetaFederationRuleWorkspaceAddParams as BetaFederationRuleWorkspaceAddParams,
)

__all__ = [
    "BetaFederationRuleWorkspaceAddParams",
]
