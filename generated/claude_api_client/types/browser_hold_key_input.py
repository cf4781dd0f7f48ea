# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_hold_key_input`: the official path of these types."""

from __future__ import annotations

from ._models.browser_hold_key_input import BrowserHoldKeyInput as BrowserHoldKeyInput

__all__ = [
    "BrowserHoldKeyInput",
]
