# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class DirectCallerParam(TypedDict):
    """
    The model called the tool itself.
    """

    type: Literal["direct"]
    """
    Always `direct`.
    """
