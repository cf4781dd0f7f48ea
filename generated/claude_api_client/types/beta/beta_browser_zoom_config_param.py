# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_zoom_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_zoom_config_param import BrowserZoomConfigParam as BetaBrowserZoomConfigParam

__all__ = [
    "BetaBrowserZoomConfigParam",
]
