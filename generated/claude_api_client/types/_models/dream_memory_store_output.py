# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DreamMemoryStoreOutput(APIModel):
    """A memory store a dream wrote."""

    type: Literal["memory_store"]
    """Always `memory_store`."""
    memory_store_id: str
    """ID of the memory store written."""
