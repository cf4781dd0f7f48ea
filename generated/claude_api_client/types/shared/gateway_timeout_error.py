# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.gateway_timeout_error`: the official path of these types."""

from __future__ import annotations

from .._models.gateway_timeout_error import GatewayTimeoutError as GatewayTimeoutError

__all__ = [
    "GatewayTimeoutError",
]
