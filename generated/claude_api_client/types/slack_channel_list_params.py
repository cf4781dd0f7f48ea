# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.slack_channel_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.slack_channel_list_params import SlackChannelListParams as SlackChannelListParams

__all__ = [
    "SlackChannelListParams",
]
