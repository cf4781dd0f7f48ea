# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_find_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_find_config_param import BrowserFindConfigParam as BrowserFindConfigParam

__all__ = [
    "BrowserFindConfigParam",
]
