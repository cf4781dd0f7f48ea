# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class BrowserStateTabEntryParam(TypedDict):
    """
    One open browser tab.
    """

    active: NotRequired[bool]
    """
    Whether this is the active tab.
    """
    tab_id: str
    """
    Id of the tab, unique among the open tabs.
    """
    title: str
    """
    Title of the page.
    """
    url: str
    """
    Address shown in the tab; may be empty.
    """
