# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .browser_state_change_download_completed_param import (
    BrowserStateChangeDownloadCompletedParam,
)
from .browser_state_change_download_failed_param import (
    BrowserStateChangeDownloadFailedParam,
)
from .browser_state_change_download_started_param import (
    BrowserStateChangeDownloadStartedParam,
)
from .browser_state_change_tab_opened_param import BrowserStateChangeTabOpenedParam

BrowserStateChangeParam: TypeAlias = (
    BrowserStateChangeTabOpenedParam
    | BrowserStateChangeDownloadStartedParam
    | BrowserStateChangeDownloadCompletedParam
    | BrowserStateChangeDownloadFailedParam
)
"""
One browser event (a tab opened, a download progressed) reported with a tool result.
"""
