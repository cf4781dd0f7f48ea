# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedRBACGroup(APIModel):
    """Confirms that a group was deleted."""

    id: str
    """ID of the deleted group."""
    type: Literal["rbac_group_deleted"]
    """Always `rbac_group_deleted`."""
