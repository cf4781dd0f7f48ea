# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.bundles.beta_claude_tag_bundle_target_create_param`: the official path of these types."""

from __future__ import annotations

from ....._params.claude_tag_bundle_target_create_param import (
    ClaudeTagBundleTargetCreateParam as BetaClaudeTagBundleTargetCreateParam,
)

__all__ = [
    "BetaClaudeTagBundleTargetCreateParam",
]
