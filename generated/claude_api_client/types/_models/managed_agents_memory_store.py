# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ManagedAgentsMemoryStore(APIModel):
    """A named, workspace-scoped container of memories that sessions can mount."""

    type: Literal["memory_store"]
    """Always `memory_store`."""
    id: str
    """ID of the memory store (`memstore_...`)."""
    name: str
    """Name of the store; its mount folder is derived from it."""
    description: str | None = None
    """What the store holds; shown to the agent when attached. Empty when unset."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    updated_at: WireDateTime
    """When name, description or metadata last changed; memory writes do not count."""
    metadata: dict[str, str] | None = None
    """Your own key-value labels (up to 16 pairs)."""
    archived_at: WireDateTime | None = None
    """When the store was archived (read-only from then on); null while active."""
