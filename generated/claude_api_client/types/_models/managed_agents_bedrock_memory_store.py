# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_managed_memory_store_backend import (
    ManagedAgentsManagedMemoryStoreBackend,
)


class ManagedAgentsBedrockMemoryStore(APIModel):
    """Bedrock: a named, workspace-scoped container of memories that sessions can mount."""

    id: str
    """ID of the memory store (`memstore_...`)."""
    archived_at: WireDateTime | None = None
    """When the store was archived (read-only from then on); null while active."""
    backend: ManagedAgentsManagedMemoryStoreBackend | None = None
    """Where the memories are kept."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    created_by: ManagedAgentsCallerIdentity | None = None
    """Who created it (a person or an IAM role); null when no creator was recorded."""
    description: str | None = None
    """What the store holds; shown to the agent when attached. Empty when unset."""
    metadata: dict[str, str] | None = None
    """Your own key-value labels (up to 16 pairs)."""
    name: str
    """Name of the store; its mount folder is derived from it."""
    resource_arn: str | None = None
    """ARN of the resource in AWS, or null."""
    type: Literal["memory_store"]
    """Always `memory_store`."""
    updated_at: WireDateTime
    """When name, description or metadata last changed; memory writes do not count."""
