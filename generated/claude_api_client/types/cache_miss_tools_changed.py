# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cache_miss_tools_changed`: the official path of these types."""

from __future__ import annotations

from ._models.cache_miss_tools_changed import CacheMissToolsChanged as CacheMissToolsChanged

__all__ = [
    "CacheMissToolsChanged",
]
