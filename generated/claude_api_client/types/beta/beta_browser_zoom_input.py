# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_zoom_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_zoom_input import BrowserZoomInput as BetaBrowserZoomInput

__all__ = [
    "BetaBrowserZoomInput",
]
