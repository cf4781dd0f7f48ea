# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .managed_agents_actor import ManagedAgentsActor
from .managed_agents_memory_version_operation import ManagedAgentsMemoryVersionOperation


class ManagedAgentsMemoryVersion(APIModel):
    """One immutable entry in the history of a memory, recording a single change."""

    type: Literal["memory_version"]
    id: str
    memory_store_id: str
    memory_id: str
    path: str | None = None
    operation: ManagedAgentsMemoryVersionOperation
    content: str | None = None
    content_size_bytes: int | None = None
    content_sha256: str | None = None
    created_by: ManagedAgentsActor | None = None
    created_at: WireDateTime
    redacted_at: WireDateTime | None = None
    redacted_by: ManagedAgentsActor | None = None
