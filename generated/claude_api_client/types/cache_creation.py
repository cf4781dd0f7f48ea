# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_creation`: the official path of these types."""

from __future__ import annotations

from ._models.cache_creation import CacheCreation as CacheCreation

__all__ = [
    "CacheCreation",
]
