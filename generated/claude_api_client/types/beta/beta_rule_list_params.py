# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rule_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_rule_list_params import BetaRuleListParams as BetaRuleListParams

__all__ = [
    "BetaRuleListParams",
]
