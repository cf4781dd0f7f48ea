# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_tag_reply_mode_always_awake_param import ClaudeTagReplyModeAlwaysAwakeParam
from .claude_tag_reply_mode_automatic_param import ClaudeTagReplyModeAutomaticParam
from .claude_tag_reply_mode_mention_only_param import ClaudeTagReplyModeMentionOnlyParam
from .claude_tag_reply_mode_thread_param import ClaudeTagReplyModeThreadParam

ClaudeTagReplyModeParam: TypeAlias = (
    ClaudeTagReplyModeAutomaticParam
    | ClaudeTagReplyModeMentionOnlyParam
    | ClaudeTagReplyModeAlwaysAwakeParam
    | ClaudeTagReplyModeThreadParam
)
"""
When Claude joins a conversation.
"""
