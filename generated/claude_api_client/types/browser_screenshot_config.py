# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_screenshot_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_screenshot_config import BrowserScreenshotConfig as BrowserScreenshotConfig

__all__ = [
    "BrowserScreenshotConfig",
]
