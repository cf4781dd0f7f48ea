# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_control_ephemeral`: the official path of these types."""

from __future__ import annotations

from ._models.cache_control_ephemeral import CacheControlEphemeral as CacheControlEphemeral

__all__ = [
    "CacheControlEphemeral",
]
