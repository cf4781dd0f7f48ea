# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cache_miss_reason`: the official path of these types."""

from __future__ import annotations

from .._models.cache_miss_reason import CacheMissReason as BetaCacheMissReason

__all__ = [
    "BetaCacheMissReason",
]
