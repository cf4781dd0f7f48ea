# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsEffortHighParam(TypedDict):
    """
    Effort high.
    """

    type: Literal["high"]
    """
    Always `high`.
    """
