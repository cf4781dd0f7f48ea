# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .claude_tag_settings_create_param import ClaudeTagSettingsCreateParam
from .claude_tag_slack_channel_identifiers_param import (
    ClaudeTagSlackChannelIdentifiersParam,
)


class ClaudeTagSlackChannelCreateParams(TypedDict):
    """
    A Slack channel to configure.
    """

    slack: ClaudeTagSlackChannelIdentifiersParam
    """
    The channel's Slack IDs.
    """
    settings: NotRequired[ClaudeTagSettingsCreateParam]
    """
    Its own settings; the rest are inherited.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
