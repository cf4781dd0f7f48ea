# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsAgentParams(TypedDict):
    """
    Request shape of agent.
    """

    type: Literal["agent"]
    """
    Always `agent`.
    """
    id: str
    """
    ID of the agent.
    """
    version: NotRequired[int]
    """
    Version of the agent.
    """
