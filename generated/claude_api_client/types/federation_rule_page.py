# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.federation_rule_page`: the official path of these types."""

from __future__ import annotations

from ._models.federation_rule_page import FederationRulePage as FederationRulePage

__all__ = [
    "FederationRulePage",
]
