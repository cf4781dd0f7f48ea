# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_slack_channel_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.slack_channel_list_params import SlackChannelListParams as BetaSlackChannelListParams

__all__ = [
    "BetaSlackChannelListParams",
]
