# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_mount_mode_param import ManagedAgentsMountModeParam


class ManagedAgentsMemoryStoreResourceParam(TypedDict):
    """
    Memory store resource param.
    """

    type: Literal["memory_store"]
    """
    Always `memory_store`.
    """
    memory_store_id: str
    """
    ID of the memory store.
    """
    access: NotRequired[ManagedAgentsMountModeParam | None]
    """
    Read-only or read-write access.
    """
    instructions: NotRequired[str | None]
    """
    Instructions for how to use it.
    """
