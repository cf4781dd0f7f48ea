# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_key_network_blocked_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import CMEKKeyNetworkBlockedError as CMEKKeyNetworkBlockedError

__all__ = [
    "CMEKKeyNetworkBlockedError",
]
