# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_guest_policy_channel_only`: the official path of these types."""

from __future__ import annotations

from ._models.claude_tag_guest_policy_channel_only import (
    ClaudeTagGuestPolicyChannelOnly as ClaudeTagGuestPolicyChannelOnly,
)

__all__ = [
    "ClaudeTagGuestPolicyChannelOnly",
]
