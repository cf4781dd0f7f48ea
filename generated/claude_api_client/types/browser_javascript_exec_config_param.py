# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_javascript_exec_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_javascript_exec_config_param import (
    BrowserJavascriptExecConfigParam as BrowserJavascriptExecConfigParam,
)

__all__ = [
    "BrowserJavascriptExecConfigParam",
]
