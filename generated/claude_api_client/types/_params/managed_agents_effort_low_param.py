# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsEffortLowParam(TypedDict):
    """
    Effort low.
    """

    type: Literal["low"]
    """
    Always `low`.
    """
