# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_type_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_type_config_param import BrowserTypeConfigParam as BrowserTypeConfigParam

__all__ = [
    "BrowserTypeConfigParam",
]
