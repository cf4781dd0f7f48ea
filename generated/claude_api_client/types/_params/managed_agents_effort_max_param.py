# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsEffortMaxParam(TypedDict):
    """
    Effort max.
    """

    type: Literal["max"]
    """
    Always `max`.
    """
