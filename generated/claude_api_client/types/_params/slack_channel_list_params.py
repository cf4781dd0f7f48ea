# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class SlackChannelListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_tag.slack_channels.list(...)`, as one dict (`client.beta.organization.claude_tag.slack_channels.list(**params)`)."""

    slack_workspace_id: Required[str]
    include_inherited: bool
    limit: int
    page: str
    slack_channel_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
