# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class BrowserStateChangeDownloadCompletedParam(TypedDict):
    """
    A download finished during the call.
    """

    download_id: str
    """
    Id the executor gave this download; the same across all its state changes.
    """
    path: NotRequired[str | None]
    """
    Where the file was saved on the executor.
    """
    size_bytes: NotRequired[int | None]
    """
    Size of the downloaded file in bytes.
    """
    type: Literal["download_completed"]
    """
    Always `download_completed`.
    """
    url: str
    """
    Address the file was downloaded from, after redirects.
    """
