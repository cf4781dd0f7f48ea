# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_browser_state_change_download_started_param`: the official path of these types."""

from __future__ import annotations

from .._params.browser_state_change_download_started_param import (
    BrowserStateChangeDownloadStartedParam as BetaBrowserStateChangeDownloadStartedParam,
)

__all__ = [
    "BetaBrowserStateChangeDownloadStartedParam",
]
