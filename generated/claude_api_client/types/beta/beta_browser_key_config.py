# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_key_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_key_config import BrowserKeyConfig as BetaBrowserKeyConfig

__all__ = [
    "BetaBrowserKeyConfig",
]
