# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.slack_workspace_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.slack_workspace_list_params import (
    SlackWorkspaceListParams as SlackWorkspaceListParams,
)

__all__ = [
    "SlackWorkspaceListParams",
]
