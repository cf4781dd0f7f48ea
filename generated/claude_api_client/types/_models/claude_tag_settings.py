# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .claude_tag_guest_policy import ClaudeTagGuestPolicy
from .claude_tag_reply_mode import ClaudeTagReplyMode


class ClaudeTagSettings(APIModel):
    """Claude's settings for a Slack channel or workspace; a null field is inherited."""

    enabled: bool | None = None
    """Whether Claude answers here."""
    environment_id: str | None = None
    """ID of the environment Claude's sessions run in."""
    guest_policy: ClaudeTagGuestPolicy | None = None
    """What guests of the Slack workspace may do with Claude."""
    instructions: str | None = None
    """Extra instructions Claude follows here."""
    model: str | None = None
    """The model Claude uses here."""
    reply_mode: ClaudeTagReplyMode | None = None
    """When Claude replies without being mentioned."""
