# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_slack_workspace_bundle_target`: the official path of these types."""

from __future__ import annotations

from ._models.claude_tag_slack_workspace_bundle_target import (
    ClaudeTagSlackWorkspaceBundleTarget as ClaudeTagSlackWorkspaceBundleTarget,
)

__all__ = [
    "ClaudeTagSlackWorkspaceBundleTarget",
]
