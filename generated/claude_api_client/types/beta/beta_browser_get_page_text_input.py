# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_get_page_text_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_get_page_text_input import (
    BrowserGetPageTextInput as BetaBrowserGetPageTextInput,
)

__all__ = [
    "BetaBrowserGetPageTextInput",
]
