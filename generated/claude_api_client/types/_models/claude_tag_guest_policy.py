# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_tag_guest_policy_allow import ClaudeTagGuestPolicyAllow
    from .claude_tag_guest_policy_channel_only import ClaudeTagGuestPolicyChannelOnly
    from .claude_tag_guest_policy_restrict import ClaudeTagGuestPolicyRestrict
    from .unknown_claude_tag_guest_policy import UnknownClaudeTagGuestPolicy


if TYPE_CHECKING:
    ClaudeTagGuestPolicy = TypeAliasType(
        "ClaudeTagGuestPolicy",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeTagGuestPolicyAllow,
                        ClaudeTagGuestPolicyRestrict,
                        ClaudeTagGuestPolicyChannelOnly,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeTagGuestPolicy,
                    AfterValidator(unknown_tag("type", ["allow", "channel_only", "restrict"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeTagGuestPolicy = lazy_union(
        "ClaudeTagGuestPolicy",
        "type",
        {
            "allow": ".claude_tag_guest_policy_allow:ClaudeTagGuestPolicyAllow",
            "restrict": ".claude_tag_guest_policy_restrict:ClaudeTagGuestPolicyRestrict",
            "channel_only": ".claude_tag_guest_policy_channel_only:ClaudeTagGuestPolicyChannelOnly",
        },
        ".unknown_claude_tag_guest_policy:UnknownClaudeTagGuestPolicy",
        __package__,
    )
