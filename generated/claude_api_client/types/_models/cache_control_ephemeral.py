# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .cache_control_ephemeral_ttl import CacheControlEphemeralTtl


class CacheControlEphemeral(APIModel):
    """Marks a prompt-cache breakpoint."""

    ttl: CacheControlEphemeralTtl | None = None
    """How long the cache entry lives: `5m` (default) or `1h`."""
    type: Literal["ephemeral"]
    """Always `ephemeral`."""
