# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_bedrock_memory_store_resource_access import (
    ManagedAgentsBedrockMemoryStoreResourceAccess,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockMemoryStoreResource(APIModel):
    """Bedrock: memory store resource."""

    id: str
    """ID of the memory store resource."""
    access: ManagedAgentsBedrockMemoryStoreResourceAccess | None = None
    """Read-only or read-write access."""
    created_at: Timestamp | None = None
    """When it was created (RFC 3339)."""
    description: str | None = None
    """Description of the attached memory store."""
    instructions: str | None = None
    """Instructions for how to use it."""
    memory_store_id: str
    """ID of the memory store."""
    name: str | None = None
    """Name of the attached memory store; null when it has none."""
    type: Literal["memory_store"]
    """Always `memory_store`."""
    updated_at: Timestamp | None = None
    """When it last changed (RFC 3339)."""
