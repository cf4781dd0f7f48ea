# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACGroupOwnerAccessUnconfirmedErrorDetails(APIModel):
    """Owner access given through the group was not confirmed."""

    error_code: Literal["rbac_group_owner_access_unconfirmed"]
    """Always `rbac_group_owner_access_unconfirmed`."""
