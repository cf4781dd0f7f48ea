# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_hover_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_hover_config import BrowserHoverConfig as BetaBrowserHoverConfig

__all__ = [
    "BetaBrowserHoverConfig",
]
