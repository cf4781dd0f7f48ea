# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime


class ManagedAgentsMemory(APIModel):
    """One text document stored at a path inside a memory store."""

    type: Literal["memory"]
    id: str
    memory_store_id: str
    path: str
    content: str | None = None
    content_size_bytes: int
    content_sha256: str
    memory_version_id: str
    created_at: WireDateTime
    updated_at: WireDateTime
