# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_read_console_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_read_console_config_param import (
    BrowserReadConsoleConfigParam as BrowserReadConsoleConfigParam,
)

__all__ = [
    "BrowserReadConsoleConfigParam",
]
