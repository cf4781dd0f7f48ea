# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class ClaudeTagSlackChannelIdentifiersParam(TypedDict):
    """
    Slack's own IDs of a channel.
    """

    channel_id: str
    """
    Slack's channel ID (`C…`).
    """
    workspace_id: str
    """
    Slack's workspace (team) ID (`T…`).
    """
