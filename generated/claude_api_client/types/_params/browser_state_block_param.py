# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .browser_state_tab_entry_param import BrowserStateTabEntryParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .state_changes import StateChanges


class BrowserStateBlockParam(TypedDict):
    """
    Browser state reported with a tool result: open tabs and what changed during the call.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    state_changes: NotRequired[StateChanges | None]
    """
    Tabs opened and download progress during the call; absent when nothing happened.
    """
    tabs: Sequence[BrowserStateTabEntryParam]
    """
    Every tab open after the call.
    """
    type: Literal["browser_state"]
    """
    Always `browser_state`.
    """
