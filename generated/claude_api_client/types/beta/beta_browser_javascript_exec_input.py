# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_javascript_exec_input`: the official path of these types."""

from __future__ import annotations

from .._models.browser_javascript_exec_input import (
    BrowserJavascriptExecInput as BetaBrowserJavascriptExecInput,
)

__all__ = [
    "BetaBrowserJavascriptExecInput",
]
