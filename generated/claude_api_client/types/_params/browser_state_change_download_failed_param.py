# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class BrowserStateChangeDownloadFailedParam(TypedDict):
    """
    A download failed or was cancelled during the call.
    """

    download_id: str
    """
    Id the executor gave this download; the same across all its state changes.
    """
    error: NotRequired[str | None]
    """
    Why the download failed or was cancelled, when known.
    """
    type: Literal["download_failed"]
    """
    Always `download_failed`.
    """
    url: str
    """
    Address the file was downloaded from, after redirects.
    """
