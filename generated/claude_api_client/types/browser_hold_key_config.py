# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_hold_key_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_hold_key_config import BrowserHoldKeyConfig as BrowserHoldKeyConfig

__all__ = [
    "BrowserHoldKeyConfig",
]
