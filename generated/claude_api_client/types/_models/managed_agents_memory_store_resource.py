# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .managed_agents_mount_mode import ManagedAgentsMountMode


class ManagedAgentsMemoryStoreResource(APIModel):
    """Memory store resource."""

    type: Literal["memory_store"]
    memory_store_id: str
    access: ManagedAgentsMountMode | None = None
    name: str | None = None
    description: str | None = None
    instructions: Annotated[str | None, Field(max_length=4096)] = None
    mount_path: str | None = None
