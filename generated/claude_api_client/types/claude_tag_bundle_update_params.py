# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_bundle_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.claude_tag_bundle_update_params import (
    ClaudeTagBundleUpdateParams as ClaudeTagBundleUpdateParams,
)

__all__ = [
    "ClaudeTagBundleUpdateParams",
]
