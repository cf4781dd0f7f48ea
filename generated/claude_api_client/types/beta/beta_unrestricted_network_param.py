# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_unrestricted_network_param`: the official path of these types."""

from __future__ import annotations

from .._params.unrestricted_network_param import (
    UnrestrictedNetworkParam as BetaUnrestrictedNetworkParam,
)

__all__ = [
    "BetaUnrestrictedNetworkParam",
]
