# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_close_tab_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_close_tab_config_param import (
    BrowserCloseTabConfigParam as BetaBrowserCloseTabConfigParam,
)

__all__ = [
    "BetaBrowserCloseTabConfigParam",
]
