# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACGroupGrantsOwnerAccessErrorDetails(APIModel):
    """The group would give owner access; confirm that to go on."""

    error_code: Literal["rbac_group_grants_owner_access"]
    """Always `rbac_group_grants_owner_access`."""
