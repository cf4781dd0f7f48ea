# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentAdvisorEnabledParams(TypedDict):
    """
    Lets the primary thread ask an advisor model for help in the middle of a turn.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    model: str
    """
    ID of the advisor model; it must be allowed as an advisor of the agent's model.
    """
