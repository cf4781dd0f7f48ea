# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class SlackWorkspaceListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_tag.slack_workspaces.list(...)`, as one dict (`client.beta.organization.claude_tag.slack_workspaces.list(**params)`)."""

    include_inherited: bool
    limit: int
    page: str
    slack_workspace_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
