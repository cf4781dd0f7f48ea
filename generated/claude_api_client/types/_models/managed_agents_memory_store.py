# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class ManagedAgentsMemoryStore(APIModel):
    """A named, workspace-scoped container of memories that sessions can mount."""

    type: Literal["memory_store"]
    id: str
    name: str
    description: str | None = None
    created_at: WireDateTime
    updated_at: WireDateTime
    metadata: dict[str, str] | None = None
    archived_at: WireDateTime | None = None
