# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_bundle_target`: the official path of these types."""

from __future__ import annotations

from .._models.claude_tag_bundle_target import ClaudeTagBundleTarget as BetaClaudeTagBundleTarget

__all__ = [
    "BetaClaudeTagBundleTarget",
]
