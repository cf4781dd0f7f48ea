# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .claude_code_managed_settings_mode import ClaudeCodeManagedSettingsMode


class ClaudeCodeManagedSettingsConfiguration(APIModel):
    """How the organization's Claude Code managed settings are chosen for each member."""

    mode: ClaudeCodeManagedSettingsMode
    """Whether one settings document applies to everyone or each group has its own."""
    mode_updated_at: WireDateTime | None = None
    """When the mode last changed (RFC 3339); null if it never did."""
    rbac_group_order: list[str]
    """Group IDs by precedence: a member in several groups gets the settings of the first one listed."""
    rbac_group_order_version: str
    """Version tag of the order; send it back with an order change so concurrent edits are refused."""
    type: Literal["claude_code_managed_settings_configuration"]
    """Always `claude_code_managed_settings_configuration`."""
