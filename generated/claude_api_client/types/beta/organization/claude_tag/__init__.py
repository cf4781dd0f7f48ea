# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.claude_tag_bundle import ClaudeTagBundle as BetaClaudeTagBundle
    from ...._models.claude_tag_deleted_slack_channel import (
        ClaudeTagDeletedSlackChannel as BetaClaudeTagDeletedSlackChannel,
    )
    from ...._models.claude_tag_slack_channel import (
        ClaudeTagSlackChannel as BetaClaudeTagSlackChannel,
    )
    from ...._models.claude_tag_slack_workspace import (
        ClaudeTagSlackWorkspace as BetaClaudeTagSlackWorkspace,
    )
    from ...._params.bundle_list_params import BundleListParams as BundleListParams
    from ...._params.claude_tag_bundle_update_params import (
        ClaudeTagBundleUpdateParams as BundleUpdateParams,
    )
    from ...._params.claude_tag_slack_channel_create_params import (
        ClaudeTagSlackChannelCreateParams as SlackChannelCreateParams,
    )
    from ...._params.claude_tag_slack_channel_update_params import (
        ClaudeTagSlackChannelUpdateParams as SlackChannelUpdateParams,
    )
    from ...._params.claude_tag_slack_workspace_update_params import (
        ClaudeTagSlackWorkspaceUpdateParams as SlackWorkspaceUpdateParams,
    )
    from ...._params.slack_channel_list_params import (
        SlackChannelListParams as SlackChannelListParams,
    )
    from ...._params.slack_channel_retrieve_params import (
        SlackChannelRetrieveParams as SlackChannelRetrieveParams,
    )
    from ...._params.slack_workspace_list_params import (
        SlackWorkspaceListParams as SlackWorkspaceListParams,
    )
    from ...._params.slack_workspace_retrieve_params import (
        SlackWorkspaceRetrieveParams as SlackWorkspaceRetrieveParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaClaudeTagBundle": ("_models.claude_tag_bundle", "ClaudeTagBundle"),
    "BetaClaudeTagDeletedSlackChannel": (
        "_models.claude_tag_deleted_slack_channel",
        "ClaudeTagDeletedSlackChannel",
    ),
    "BetaClaudeTagSlackChannel": ("_models.claude_tag_slack_channel", "ClaudeTagSlackChannel"),
    "BetaClaudeTagSlackWorkspace": (
        "_models.claude_tag_slack_workspace",
        "ClaudeTagSlackWorkspace",
    ),
    "BundleListParams": ("_params.bundle_list_params", "BundleListParams"),
    "BundleUpdateParams": (
        "_params.claude_tag_bundle_update_params",
        "ClaudeTagBundleUpdateParams",
    ),
    "SlackChannelCreateParams": (
        "_params.claude_tag_slack_channel_create_params",
        "ClaudeTagSlackChannelCreateParams",
    ),
    "SlackChannelListParams": ("_params.slack_channel_list_params", "SlackChannelListParams"),
    "SlackChannelRetrieveParams": (
        "_params.slack_channel_retrieve_params",
        "SlackChannelRetrieveParams",
    ),
    "SlackChannelUpdateParams": (
        "_params.claude_tag_slack_channel_update_params",
        "ClaudeTagSlackChannelUpdateParams",
    ),
    "SlackWorkspaceListParams": ("_params.slack_workspace_list_params", "SlackWorkspaceListParams"),
    "SlackWorkspaceRetrieveParams": (
        "_params.slack_workspace_retrieve_params",
        "SlackWorkspaceRetrieveParams",
    ),
    "SlackWorkspaceUpdateParams": (
        "_params.claude_tag_slack_workspace_update_params",
        "ClaudeTagSlackWorkspaceUpdateParams",
    ),
}

__all__ = [
    "BetaClaudeTagBundle",
    "BetaClaudeTagDeletedSlackChannel",
    "BetaClaudeTagSlackChannel",
    "BetaClaudeTagSlackWorkspace",
    "BundleListParams",
    "BundleUpdateParams",
    "SlackChannelCreateParams",
    "SlackChannelListParams",
    "SlackChannelRetrieveParams",
    "SlackChannelUpdateParams",
    "SlackWorkspaceListParams",
    "SlackWorkspaceRetrieveParams",
    "SlackWorkspaceUpdateParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
