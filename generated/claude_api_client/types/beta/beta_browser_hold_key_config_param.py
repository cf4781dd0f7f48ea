# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_hold_key_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_hold_key_config_param import (
    BrowserHoldKeyConfigParam as BetaBrowserHoldKeyConfigParam,
)

__all__ = [
    "BetaBrowserHoldKeyConfigParam",
]
