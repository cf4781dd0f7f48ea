# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_zoom_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_zoom_config import BrowserZoomConfig as BetaBrowserZoomConfig

__all__ = [
    "BetaBrowserZoomConfig",
]
