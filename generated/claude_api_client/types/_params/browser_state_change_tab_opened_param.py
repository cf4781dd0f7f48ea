# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class BrowserStateChangeTabOpenedParam(TypedDict):
    """
    A new tab was opened during the call.
    """

    tab_id: str
    """
    Id of the new tab.
    """
    type: Literal["tab_opened"]
    """
    Always `tab_opened`.
    """
