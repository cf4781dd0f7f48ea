# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_bedrock_memory_actor import ManagedAgentsBedrockMemoryActor
from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_memory_version_operation import ManagedAgentsMemoryVersionOperation


class ManagedAgentsBedrockMemoryVersion(APIModel):
    """Bedrock: one immutable entry in the history of a memory, recording a single change."""

    id: str
    """ID of the version (`memver_...`)."""
    content: str | None = None
    """The text at this version; null with `view=basic`, for deletions, or once redacted."""
    content_sha256: str | None = None
    """SHA-256 of the content; null for deletions or once redacted."""
    content_size_bytes: int | None = None
    """Size of the content in bytes; null for deletions or once redacted."""
    created_at: WireDateTime
    """When the change was made (RFC 3339)."""
    created_by: ManagedAgentsBedrockMemoryActor | None = None
    """Who made the change; null when not recorded."""
    memory_id: str
    """ID of the memory this version belongs to; valid even after the memory is deleted."""
    memory_store_id: str
    """ID of the memory store."""
    operation: ManagedAgentsMemoryVersionOperation
    """What the change was."""
    path: str | None = None
    """The memory's path at this version; null once redacted."""
    redacted_at: WireDateTime | None = None
    """When the version was redacted; null if it was not."""
    redacted_by: ManagedAgentsCallerIdentity | None = None
    """Who redacted the version; null if it was not."""
    type: Literal["memory_version"]
    """Always `memory_version`."""
