# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_tag_guest_policy_allow_param import ClaudeTagGuestPolicyAllowParam
from .claude_tag_guest_policy_channel_only_param import (
    ClaudeTagGuestPolicyChannelOnlyParam,
)
from .claude_tag_guest_policy_restrict_param import ClaudeTagGuestPolicyRestrictParam

ClaudeTagGuestPolicyParam: TypeAlias = (
    ClaudeTagGuestPolicyAllowParam
    | ClaudeTagGuestPolicyRestrictParam
    | ClaudeTagGuestPolicyChannelOnlyParam
)
"""
What Slack guests may do with Claude.
"""
