# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_screenshot_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_screenshot_config import (
    BrowserScreenshotConfig as BetaBrowserScreenshotConfig,
)

__all__ = [
    "BetaBrowserScreenshotConfig",
]
