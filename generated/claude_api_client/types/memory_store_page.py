# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_store_page`: the official path of these types."""

from __future__ import annotations

from ._models.memory_store_page import MemoryStorePage as MemoryStorePage

__all__ = [
    "MemoryStorePage",
]
