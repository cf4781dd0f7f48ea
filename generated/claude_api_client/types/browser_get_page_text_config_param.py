# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_get_page_text_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_get_page_text_config_param import (
    BrowserGetPageTextConfigParam as BrowserGetPageTextConfigParam,
)

__all__ = [
    "BrowserGetPageTextConfigParam",
]
