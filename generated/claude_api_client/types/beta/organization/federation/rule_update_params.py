# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.federation.rule_update_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_rule_update_params import BetaRuleUpdateParams as RuleUpdateParams

__all__ = [
    "RuleUpdateParams",
]
