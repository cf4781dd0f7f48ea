# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_miss_system_changed`: the official path of these types."""

from __future__ import annotations

from ._models.cache_miss_system_changed import CacheMissSystemChanged as CacheMissSystemChanged

__all__ = [
    "CacheMissSystemChanged",
]
