# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_unrestricted_network`: the official path of these types."""

from __future__ import annotations

from .._models.unrestricted_network import UnrestrictedNetwork as BetaUnrestrictedNetwork

__all__ = [
    "BetaUnrestrictedNetwork",
]
