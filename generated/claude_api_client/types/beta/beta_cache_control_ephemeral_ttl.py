# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cache_control_ephemeral_ttl`: the official path of these types."""

from __future__ import annotations

from .._models.cache_control_ephemeral_ttl import (
    CacheControlEphemeralTtl as BetaCacheControlEphemeralTtl,
)

__all__ = [
    "BetaCacheControlEphemeralTtl",
]
