# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_click_target`: the official path of these types."""

from __future__ import annotations

from ._models.browser_click_target import BrowserClickTarget as BrowserClickTarget

__all__ = [
    "BrowserClickTarget",
]
