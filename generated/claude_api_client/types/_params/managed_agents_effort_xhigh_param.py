# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsEffortXhighParam(TypedDict):
    """
    Effort xhigh.
    """

    type: Literal["xhigh"]
    """
    Always `xhigh`.
    """
