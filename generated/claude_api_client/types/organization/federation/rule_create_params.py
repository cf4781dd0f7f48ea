# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.rule_create_params`: the official path of these types."""

from __future__ import annotations

from ..._params.rule_create_params import RuleCreateParams as RuleCreateParams

__all__ = [
    "RuleCreateParams",
]
