# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_triple_click_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_triple_click_input import BrowserTripleClickInput as BrowserTripleClickInput

__all__ = [
    "BrowserTripleClickInput",
]
