# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_miss_previous_message_not_found`: the official path of these types."""

from __future__ import annotations

from ._models.cache_miss_previous_message_not_found import (
    CacheMissPreviousMessageNotFound as CacheMissPreviousMessageNotFound,
)

__all__ = [
    "CacheMissPreviousMessageNotFound",
]
