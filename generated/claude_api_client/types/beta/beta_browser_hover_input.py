# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_hover_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_hover_input import BrowserHoverInput as BetaBrowserHoverInput

__all__ = [
    "BetaBrowserHoverInput",
]
