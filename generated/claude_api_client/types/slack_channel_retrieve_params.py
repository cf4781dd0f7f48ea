# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.slack_channel_retrieve_params`: the official path of these types."""

from __future__ import annotations

from ._params.slack_channel_retrieve_params import (
    SlackChannelRetrieveParams as SlackChannelRetrieveParams,
)

__all__ = [
    "SlackChannelRetrieveParams",
]
