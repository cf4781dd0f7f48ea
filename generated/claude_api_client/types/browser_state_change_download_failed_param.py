# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_state_change_download_failed_param`: the official path of these types."""

from __future__ import annotations

from ._params.browser_state_change_download_failed_param import (
    BrowserStateChangeDownloadFailedParam as BrowserStateChangeDownloadFailedParam,
)

__all__ = [
    "BrowserStateChangeDownloadFailedParam",
]
