# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_wait_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_wait_input import BrowserWaitInput as BrowserWaitInput

__all__ = [
    "BrowserWaitInput",
]
