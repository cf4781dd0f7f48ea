# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_bundle_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_bundle_update_params import (
    ClaudeTagBundleUpdateParams as BetaClaudeTagBundleUpdateParams,
)

__all__ = [
    "BetaClaudeTagBundleUpdateParams",
]
