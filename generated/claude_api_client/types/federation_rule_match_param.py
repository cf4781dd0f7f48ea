# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_rule_match_param`: the official path of these types."""

from __future__ import annotations

from ._params.federation_rule_match_param import (
    FederationRuleMatchParam as FederationRuleMatchParam,
)

__all__ = [
    "FederationRuleMatchParam",
]
