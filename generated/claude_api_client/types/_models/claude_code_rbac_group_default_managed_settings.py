# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ClaudeCodeRBACGroupDefaultManagedSettings(APIModel):
    """The settings for members that no configured group covers."""

    settings: dict[str, Any] | None = None
    """The Claude Code settings document (a JSON object); null when none is set."""
    type: Literal["claude_code_rbac_group_default_managed_settings"]
    """Always `claude_code_rbac_group_default_managed_settings`."""
    updated_at: WireDateTime | None = None
    """When the document last changed (RFC 3339)."""
