# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsEffortMediumParam(TypedDict):
    """
    Effort medium.
    """

    type: Literal["medium"]
    """
    Always `medium`.
    """
