# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.bundles`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....._models.claude_tag_bundle_target import (
        ClaudeTagBundleTarget as BetaClaudeTagBundleTarget,
    )
    from ....._models.claude_tag_deleted_bundle_target import (
        ClaudeTagDeletedBundleTarget as BetaClaudeTagDeletedBundleTarget,
    )
    from ....._models.claude_tag_slack_channel_bundle_target import (
        ClaudeTagSlackChannelBundleTarget as BetaClaudeTagSlackChannelBundleTarget,
    )
    from ....._models.claude_tag_slack_workspace_bundle_target import (
        ClaudeTagSlackWorkspaceBundleTarget as BetaClaudeTagSlackWorkspaceBundleTarget,
    )
    from ....._params.claude_tag_bundle_target_create_param import (
        ClaudeTagBundleTargetCreateParam as BetaClaudeTagBundleTargetCreateParam,
    )
    from ....._params.claude_tag_slack_channel_bundle_target_create_param import (
        ClaudeTagSlackChannelBundleTargetCreateParam as BetaClaudeTagSlackChannelBundleTargetCreateParam,
    )
    from ....._params.claude_tag_slack_workspace_bundle_target_create_param import (
        ClaudeTagSlackWorkspaceBundleTargetCreateParam as BetaClaudeTagSlackWorkspaceBundleTargetCreateParam,
    )
    from ....._params.target_create_params import TargetCreateParams as TargetCreateParams
    from ....._params.target_list_params import TargetListParams as TargetListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaClaudeTagBundleTarget": ("_models.claude_tag_bundle_target", "ClaudeTagBundleTarget"),
    "BetaClaudeTagBundleTargetCreateParam": (
        "_params.claude_tag_bundle_target_create_param",
        "ClaudeTagBundleTargetCreateParam",
    ),
    "BetaClaudeTagDeletedBundleTarget": (
        "_models.claude_tag_deleted_bundle_target",
        "ClaudeTagDeletedBundleTarget",
    ),
    "BetaClaudeTagSlackChannelBundleTarget": (
        "_models.claude_tag_slack_channel_bundle_target",
        "ClaudeTagSlackChannelBundleTarget",
    ),
    "BetaClaudeTagSlackChannelBundleTargetCreateParam": (
        "_params.claude_tag_slack_channel_bundle_target_create_param",
        "ClaudeTagSlackChannelBundleTargetCreateParam",
    ),
    "BetaClaudeTagSlackWorkspaceBundleTarget": (
        "_models.claude_tag_slack_workspace_bundle_target",
        "ClaudeTagSlackWorkspaceBundleTarget",
    ),
    "BetaClaudeTagSlackWorkspaceBundleTargetCreateParam": (
        "_params.claude_tag_slack_workspace_bundle_target_create_param",
        "ClaudeTagSlackWorkspaceBundleTargetCreateParam",
    ),
    "TargetCreateParams": ("_params.target_create_params", "TargetCreateParams"),
    "TargetListParams": ("_params.target_list_params", "TargetListParams"),
}

__all__ = [
    "BetaClaudeTagBundleTarget",
    "BetaClaudeTagBundleTargetCreateParam",
    "BetaClaudeTagDeletedBundleTarget",
    "BetaClaudeTagSlackChannelBundleTarget",
    "BetaClaudeTagSlackChannelBundleTargetCreateParam",
    "BetaClaudeTagSlackWorkspaceBundleTarget",
    "BetaClaudeTagSlackWorkspaceBundleTargetCreateParam",
    "TargetCreateParams",
    "TargetListParams",
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
