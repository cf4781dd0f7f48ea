# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cache_miss_messages_changed`: the official path of these types."""

from __future__ import annotations

from .._models.cache_miss_messages_changed import (
    CacheMissMessagesChanged as BetaCacheMissMessagesChanged,
)

__all__ = [
    "BetaCacheMissMessagesChanged",
]
