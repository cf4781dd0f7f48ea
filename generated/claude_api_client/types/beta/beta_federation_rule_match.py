# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_federation_rule_match`: the official path of these types."""

from __future__ import annotations

from .._models.federation_rule_match import FederationRuleMatch as BetaFederationRuleMatch

__all__ = [
    "BetaFederationRuleMatch",
]
