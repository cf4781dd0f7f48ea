# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_read_console_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_read_console_config import (
    BrowserReadConsoleConfig as BetaBrowserReadConsoleConfig,
)

__all__ = [
    "BetaBrowserReadConsoleConfig",
]
