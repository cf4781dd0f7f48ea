# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_tag_guest_policy_allow import ClaudeTagGuestPolicyAllow
from .claude_tag_guest_policy_channel_only import ClaudeTagGuestPolicyChannelOnly
from .claude_tag_guest_policy_restrict import ClaudeTagGuestPolicyRestrict

ClaudeTagGuestPolicy: TypeAlias = (
    ClaudeTagGuestPolicyAllow | ClaudeTagGuestPolicyRestrict | ClaudeTagGuestPolicyChannelOnly
)
"""
What Slack guests may do with Claude.
"""
