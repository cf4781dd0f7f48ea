# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.versioned_tool_union`: the official path of these types."""

from __future__ import annotations

from ._models.versioned_tool_union import VersionedToolUnion as VersionedToolUnion

__all__ = [
    "VersionedToolUnion",
]
