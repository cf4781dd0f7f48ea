# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ClaudeTagSlackChannelBundleTargetCreateParam(TypedDict):
    """
    Attach the bundle to one Slack channel.
    """

    slack_channel_id: str
    """
    ID of the Slack channel record.
    """
    type: Literal["slack_channel"]
    """
    Always `slack_channel`.
    """
