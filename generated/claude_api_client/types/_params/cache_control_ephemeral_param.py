# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class CacheControlEphemeralParam(TypedDict):
    """
    Marks a prompt-cache breakpoint.
    """

    ttl: NotRequired[Literal["5m", "1h"]]
    """
    How long the cache entry lives: `5m` (default) or `1h`.
    """
    type: Literal["ephemeral"]
    """
    Always `ephemeral`.
    """
