# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentSubagentsDisabledParams(TypedDict):
    """
    Stops the agent from spawning session threads.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
