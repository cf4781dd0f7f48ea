# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsDeletedMemory(APIModel):
    """Confirms that a memory was deleted."""

    type: Literal["memory_deleted"]
    """Always `memory_deleted`."""
    id: str
    """ID of the deleted memory."""
