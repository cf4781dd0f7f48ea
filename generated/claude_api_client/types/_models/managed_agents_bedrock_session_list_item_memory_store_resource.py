# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockSessionListItemMemoryStoreResource(APIModel):
    """Bedrock: a memory store attached to a session, as a session list shows it."""

    type: Literal["memory_store"]
    """Always `memory_store`."""
    id: str
    """ID of the session resource."""
    memory_store_id: str
    """ID of the memory store."""
