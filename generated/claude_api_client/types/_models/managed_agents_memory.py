# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ManagedAgentsMemory(APIModel):
    """One text document stored at a path inside a memory store."""

    type: Literal["memory"]
    """Always `memory`."""
    id: str
    """ID of the memory (`mem_...`); stays the same when the memory moves."""
    memory_store_id: str
    """ID of the memory store."""
    path: str
    """Where the memory lives in the store, starting with `/`."""
    content: str | None = None
    """The memory's text; null unless `view=full`."""
    content_size_bytes: int
    """Size of the content in bytes (UTF-8)."""
    content_sha256: str
    """Lowercase hex SHA-256 of the content (64 characters)."""
    memory_version_id: str
    """ID of the version holding the current content."""
    created_at: WireDateTime
    """When the memory was created (RFC 3339)."""
    updated_at: WireDateTime
    """When the memory last changed (RFC 3339)."""
