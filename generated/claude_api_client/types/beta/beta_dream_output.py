# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_output`: the official path of these types."""

from __future__ import annotations

from .._models.dream_memory_store_output import DreamMemoryStoreOutput as BetaDreamOutput

__all__ = [
    "BetaDreamOutput",
]
