# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_tag_reply_mode_always_awake import ClaudeTagReplyModeAlwaysAwake
    from .claude_tag_reply_mode_automatic import ClaudeTagReplyModeAutomatic
    from .claude_tag_reply_mode_mention_only import ClaudeTagReplyModeMentionOnly
    from .claude_tag_reply_mode_thread import ClaudeTagReplyModeThread
    from .unknown_claude_tag_reply_mode import UnknownClaudeTagReplyMode


if TYPE_CHECKING:
    ClaudeTagReplyMode = TypeAliasType(
        "ClaudeTagReplyMode",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeTagReplyModeAutomatic,
                        ClaudeTagReplyModeMentionOnly,
                        ClaudeTagReplyModeAlwaysAwake,
                        ClaudeTagReplyModeThread,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeTagReplyMode,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["always_awake", "automatic", "mention_only", "thread"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeTagReplyMode = lazy_union(
        "ClaudeTagReplyMode",
        "type",
        {
            "automatic": ".claude_tag_reply_mode_automatic:ClaudeTagReplyModeAutomatic",
            "mention_only": ".claude_tag_reply_mode_mention_only:ClaudeTagReplyModeMentionOnly",
            "always_awake": ".claude_tag_reply_mode_always_awake:ClaudeTagReplyModeAlwaysAwake",
            "thread": ".claude_tag_reply_mode_thread:ClaudeTagReplyModeThread",
        },
        ".unknown_claude_tag_reply_mode:UnknownClaudeTagReplyMode",
        __package__,
    )
