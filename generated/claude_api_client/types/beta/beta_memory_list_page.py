# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_memory_list_page`: the official path of these types."""

from __future__ import annotations

from .._models.memory_list_page import MemoryListPage as BetaMemoryListPage

__all__ = [
    "BetaMemoryListPage",
]
