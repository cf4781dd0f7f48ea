# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_limited_network_params`: the official path of these types."""

from __future__ import annotations

from .._params.limited_network_params import LimitedNetworkParams as BetaLimitedNetworkParams

__all__ = [
    "BetaLimitedNetworkParams",
]
