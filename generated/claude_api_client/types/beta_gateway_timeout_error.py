# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_gateway_timeout_error`: the official path of these types."""

from __future__ import annotations

from ._models.gateway_timeout_error import GatewayTimeoutError as BetaGatewayTimeoutError

__all__ = [
    "BetaGatewayTimeoutError",
]
