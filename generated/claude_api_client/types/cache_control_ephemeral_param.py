# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_control_ephemeral_param`: the official path of these types."""

from __future__ import annotations

from ._params.cache_control_ephemeral_param import (
    CacheControlEphemeralParam as CacheControlEphemeralParam,
)

__all__ = [
    "CacheControlEphemeralParam",
]
