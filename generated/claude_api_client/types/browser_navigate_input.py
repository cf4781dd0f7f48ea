# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_navigate_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_navigate_input import BrowserNavigateInput as BrowserNavigateInput

__all__ = [
    "BrowserNavigateInput",
]
