# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .claude_tag_default_setting_source import ClaudeTagDefaultSettingSource
    from .claude_tag_slack_channel_setting_source import ClaudeTagSlackChannelSettingSource
    from .claude_tag_slack_default_setting_source import ClaudeTagSlackDefaultSettingSource
    from .claude_tag_slack_grid_channel_setting_source import (
        ClaudeTagSlackGridChannelSettingSource,
    )
    from .claude_tag_slack_parent_channel_setting_source import (
        ClaudeTagSlackParentChannelSettingSource,
    )
    from .claude_tag_slack_workspace_setting_source import (
        ClaudeTagSlackWorkspaceSettingSource,
    )
    from .unknown_claude_tag_setting_source import UnknownClaudeTagSettingSource


if TYPE_CHECKING:
    ClaudeTagSettingSource = TypeAliasType(
        "ClaudeTagSettingSource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClaudeTagSlackChannelSettingSource,
                        ClaudeTagSlackWorkspaceSettingSource,
                        ClaudeTagSlackParentChannelSettingSource,
                        ClaudeTagSlackDefaultSettingSource,
                        ClaudeTagDefaultSettingSource,
                        ClaudeTagSlackGridChannelSettingSource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownClaudeTagSettingSource,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "default",
                                "slack_channel",
                                "slack_default",
                                "slack_grid_channel",
                                "slack_parent_channel",
                                "slack_workspace",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ClaudeTagSettingSource = lazy_union(
        "ClaudeTagSettingSource",
        "type",
        {
            "slack_channel": ".claude_tag_slack_channel_setting_source:ClaudeTagSlackChannelSettingSource",
            "slack_workspace": ".claude_tag_slack_workspace_setting_source:ClaudeTagSlackWorkspaceSettingSource",
            "slack_parent_channel": ".claude_tag_slack_parent_channel_setting_source:ClaudeTagSlackParentChannelSettingSource",
            "slack_default": ".claude_tag_slack_default_setting_source:ClaudeTagSlackDefaultSettingSource",
            "default": ".claude_tag_default_setting_source:ClaudeTagDefaultSettingSource",
            "slack_grid_channel": ".claude_tag_slack_grid_channel_setting_source:ClaudeTagSlackGridChannelSettingSource",
        },
        ".unknown_claude_tag_setting_source:UnknownClaudeTagSettingSource",
        __package__,
    )
