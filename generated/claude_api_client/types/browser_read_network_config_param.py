# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_read_network_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_read_network_config_param import (
    BrowserReadNetworkConfigParam as BrowserReadNetworkConfigParam,
)

__all__ = [
    "BrowserReadNetworkConfigParam",
]
