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
    Object type tag.
    """
    id: str
    """
    Unique identifier.
    """
    version: NotRequired[int]
    """
    Version number.
    """
