# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACRoleNotFoundErrorDetails(APIModel):
    """No RBAC role has the ID given."""

    error_code: Literal["rbac_role_not_found"]
    """Always `rbac_role_not_found`."""
