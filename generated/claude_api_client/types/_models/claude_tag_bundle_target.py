# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_tag_slack_channel_bundle_target import ClaudeTagSlackChannelBundleTarget
    from .claude_tag_slack_workspace_bundle_target import (
        ClaudeTagSlackWorkspaceBundleTarget,
    )
    from .unknown_claude_tag_bundle_target import UnknownClaudeTagBundleTarget


if TYPE_CHECKING:
    ClaudeTagBundleTarget = TypeAliasType(
        "ClaudeTagBundleTarget",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeTagSlackChannelBundleTarget,
                        ClaudeTagSlackWorkspaceBundleTarget,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeTagBundleTarget,
                    AfterValidator(unknown_tag("type", ["slack_channel", "slack_workspace"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeTagBundleTarget = lazy_union(
        "ClaudeTagBundleTarget",
        "type",
        {
            "slack_channel": ".claude_tag_slack_channel_bundle_target:ClaudeTagSlackChannelBundleTarget",
            "slack_workspace": ".claude_tag_slack_workspace_bundle_target:ClaudeTagSlackWorkspaceBundleTarget",
        },
        ".unknown_claude_tag_bundle_target:UnknownClaudeTagBundleTarget",
        __package__,
    )
