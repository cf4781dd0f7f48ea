# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class SlackChannelRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_tag.slack_channels.retrieve(...)`, as one dict (`client.beta.organization.claude_tag.slack_channels.retrieve(**params)`)."""

    include_inherited: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
