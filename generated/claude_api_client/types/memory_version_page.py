# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.memory_version_page`: the official path of these types."""

from __future__ import annotations

from ._models.memory_version_page import MemoryVersionPage as MemoryVersionPage

__all__ = [
    "MemoryVersionPage",
]
