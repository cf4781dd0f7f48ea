# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsBedrockMemoryStoreListItem(APIModel):
    """Bedrock: a memory store in a list."""

    id: str
    """ID of the memory store list item."""
    archived_at: Timestamp | None = None
    """When it was archived (RFC 3339), or null."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    created_by_me: bool
    """Whether the caller created it."""
    name: str
    """Name of the memory store."""
    resource_arn: str | None = None
    """ARN of the resource in AWS, or null."""
    type: Literal["memory_store"]
    """Always `memory_store`."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
