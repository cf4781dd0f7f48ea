# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_slack_workspace_bundle_target_create_param`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_slack_workspace_bundle_target_create_param import (
    ClaudeTagSlackWorkspaceBundleTargetCreateParam as BetaClaudeTagSlackWorkspaceBundleTargetCreateParam,
)

__all__ = [
    "BetaClaudeTagSlackWorkspaceBundleTargetCreateParam",
]
