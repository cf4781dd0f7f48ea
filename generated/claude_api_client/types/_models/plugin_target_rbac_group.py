# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PluginTargetRBACGroup(APIModel):
    """The members of one group."""

    rbac_group_id: str
    """ID of the group."""
    type: Literal["rbac_group"]
    """Always `rbac_group`."""
