# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_javascript_exec_config`: the official path of these types."""

from __future__ import annotations

from .._models.browser_javascript_exec_config import (
    BrowserJavascriptExecConfig as BetaBrowserJavascriptExecConfig,
)

__all__ = [
    "BetaBrowserJavascriptExecConfig",
]
