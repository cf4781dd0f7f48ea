# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .claude_code_rbac_group_status import ClaudeCodeRBACGroupStatus


class ClaudeCodeRBACGroupManagedSettings(APIModel):
    """The Claude Code settings of one group."""

    created_at: WireDateTime
    """When the group's settings were first set (RFC 3339)."""
    rbac_group_id: str
    """ID of the group."""
    rbac_group_status: ClaudeCodeRBACGroupStatus
    """Whether the group still exists."""
    settings: dict[str, Any] | None = None
    """The settings document (a JSON object)."""
    type: Literal["claude_code_rbac_group_managed_settings"]
    """Always `claude_code_rbac_group_managed_settings`."""
    updated_at: WireDateTime
    """When the settings last changed (RFC 3339)."""
