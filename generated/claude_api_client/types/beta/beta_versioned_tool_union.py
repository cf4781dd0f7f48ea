# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_versioned_tool_union`: the official path of these types."""

from __future__ import annotations

from .._models.versioned_tool_union import VersionedToolUnion as BetaVersionedToolUnion

__all__ = [
    "BetaVersionedToolUnion",
]
