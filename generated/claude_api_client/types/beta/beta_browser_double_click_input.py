# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_double_click_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_double_click_input import (
    BrowserDoubleClickInput as BetaBrowserDoubleClickInput,
)

__all__ = [
    "BetaBrowserDoubleClickInput",
]
