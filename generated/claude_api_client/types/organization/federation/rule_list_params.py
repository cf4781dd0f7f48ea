# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.rule_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.rule_list_params import RuleListParams as RuleListParams

__all__ = [
    "RuleListParams",
]
