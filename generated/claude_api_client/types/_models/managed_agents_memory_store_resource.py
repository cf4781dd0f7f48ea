# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_mount_mode import ManagedAgentsMountMode


class ManagedAgentsMemoryStoreResource(APIModel):
    """Memory store resource."""

    type: Literal["memory_store"]
    """Always `memory_store`."""
    memory_store_id: str
    """ID of the memory store."""
    access: ManagedAgentsMountMode | None = None
    """Read-only or read-write access."""
    name: str | None = None
    """Name of the attached memory store; null when it has none."""
    description: str | None = None
    """Description of the attached memory store."""
    instructions: str | None = None
    """Instructions for how to use it."""
    mount_path: str | None = None
    """Path where it is mounted in the sandbox."""
