# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_federation_rule_page`: the official path of these types."""

from __future__ import annotations

from .._models.federation_rule_page import FederationRulePage as BetaFederationRulePage

__all__ = [
    "BetaFederationRulePage",
]
