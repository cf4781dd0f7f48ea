# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.federation.federation_rule`: the official path of these types."""

from __future__ import annotations

from ..._models.federation_rule import FederationRule as FederationRule

__all__ = [
    "FederationRule",
]
