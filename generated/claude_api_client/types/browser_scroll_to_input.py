# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_scroll_to_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_scroll_to_input import BrowserScrollToInput as BrowserScrollToInput

__all__ = [
    "BrowserScrollToInput",
]
