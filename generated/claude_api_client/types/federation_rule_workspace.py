# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_rule_workspace`: the official path of these types."""

from __future__ import annotations

from ._models.federation_rule_workspace import FederationRuleWorkspace as FederationRuleWorkspace

__all__ = [
    "FederationRuleWorkspace",
]
