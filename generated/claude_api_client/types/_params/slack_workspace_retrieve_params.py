# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class SlackWorkspaceRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_tag.slack_workspaces.retrieve(...)`, as one dict (`client.beta.organization.claude_tag.slack_workspaces.retrieve(**params)`)."""

    include_inherited: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
