# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_tag_reply_mode_always_awake import ClaudeTagReplyModeAlwaysAwake
from .claude_tag_reply_mode_automatic import ClaudeTagReplyModeAutomatic
from .claude_tag_reply_mode_mention_only import ClaudeTagReplyModeMentionOnly
from .claude_tag_reply_mode_thread import ClaudeTagReplyModeThread

ClaudeTagReplyMode: TypeAlias = (
    ClaudeTagReplyModeAutomatic
    | ClaudeTagReplyModeMentionOnly
    | ClaudeTagReplyModeAlwaysAwake
    | ClaudeTagReplyModeThread
)
"""
When Claude joins a conversation.
"""
