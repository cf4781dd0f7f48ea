# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_miss_unavailable`: the official path of these types."""

from __future__ import annotations

from ._models.cache_miss_unavailable import CacheMissUnavailable as CacheMissUnavailable

__all__ = [
    "CacheMissUnavailable",
]
