# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.beta_claude_tag_slack_workspace`: the official path of these types."""

from __future__ import annotations

from ...._models.claude_tag_slack_workspace import (
    ClaudeTagSlackWorkspace as BetaClaudeTagSlackWorkspace,
)

__all__ = [
    "BetaClaudeTagSlackWorkspace",
]
