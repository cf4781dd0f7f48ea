# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .effort_level_param import EffortLevelParam


class SystemMessageOutputConfigParam(TypedDict):
    """
    Output settings for the turn a `system` message opens (`format` stays top-level only).
    """

    effort: NotRequired[EffortLevelParam | None]
    """
    How much effort the model puts into this turn.
    """
