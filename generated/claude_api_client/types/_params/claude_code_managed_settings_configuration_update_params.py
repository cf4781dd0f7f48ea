# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .claude_code_managed_settings_mode_param import ClaudeCodeManagedSettingsModeParam


class ClaudeCodeManagedSettingsConfigurationUpdateParams(TypedDict):
    """
    Changes to the managed-settings configuration; fields left out stay as they are.
    """

    mode: NotRequired[ClaudeCodeManagedSettingsModeParam]
    """
    The new mode.
    """
    rbac_group_order: NotRequired[Sequence[str]]
    """
    The new precedence order of group IDs.
    """
    rbac_group_order_version: NotRequired[str]
    """
    The `rbac_group_order_version` last read; a stale one is refused.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
