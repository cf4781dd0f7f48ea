# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_click_target`: the official path of these types."""

from __future__ import annotations

from .._models.browser_click_target import BrowserClickTarget as BetaBrowserClickTarget

__all__ = [
    "BetaBrowserClickTarget",
]
