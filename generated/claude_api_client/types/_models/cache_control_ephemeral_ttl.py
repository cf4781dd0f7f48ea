# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    CacheControlEphemeralTtl: TypeAlias = Literal["5m", "1h"]
else:

    class CacheControlEphemeralTtl(OpenEnum):
        """How long the cache entry lives: `5m` (default) or `1h`."""

        FIELD_5M = "5m"
        FIELD_1H = "1h"
