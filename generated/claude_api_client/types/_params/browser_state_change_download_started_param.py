# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class BrowserStateChangeDownloadStartedParam(TypedDict):
    """
    A download started during the call.
    """

    download_id: str
    """
    Id the executor gave this download; the same across all its state changes.
    """
    type: Literal["download_started"]
    """
    Always `download_started`.
    """
    url: str
    """
    Address the file was downloaded from, after redirects.
    """
