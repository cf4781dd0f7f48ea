# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class ComputerMiddleClickConfigParam(TypedDict):
    """
    Settings of the computer toolset's `middle_click` action.
    """

    defer_loading: NotRequired[bool | None]
    """
    Defer loading this action; must agree across all enabled actions of the toolset.
    """
    enabled: NotRequired[bool | None]
    """
    Offer this action to the model; the default depends on the action.
    """
