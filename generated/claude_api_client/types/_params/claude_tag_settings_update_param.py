# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .claude_tag_guest_policy_param import ClaudeTagGuestPolicyParam
from .claude_tag_reply_mode_param import ClaudeTagReplyModeParam


class ClaudeTagSettingsUpdateParam(TypedDict):
    """
    Settings to change; fields left out stay, null ones fall back to the inherited value.
    """

    enabled: NotRequired[bool | None]
    """
    Whether Claude answers here.
    """
    environment_id: NotRequired[str | None]
    """
    ID of the environment Claude's sessions run in.
    """
    guest_policy: NotRequired[ClaudeTagGuestPolicyParam | None]
    """
    What guests of the Slack workspace may do with Claude.
    """
    instructions: NotRequired[str | None]
    """
    Extra instructions Claude follows here.
    """
    model: NotRequired[str | None]
    """
    The model Claude uses here.
    """
    reply_mode: NotRequired[ClaudeTagReplyModeParam | None]
    """
    When Claude replies without being mentioned.
    """
