# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_screenshot_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_screenshot_input import BrowserScreenshotInput as BrowserScreenshotInput

__all__ = [
    "BrowserScreenshotInput",
]
