# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACGroupManagedSettingsNotFoundErrorDetails(APIModel):
    """The group has no Claude Code settings of its own."""

    error_code: Literal["rbac_group_managed_settings_not_found"]
    """Always `rbac_group_managed_settings_not_found`."""
