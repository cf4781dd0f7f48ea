# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACGroupNotFoundErrorDetails(APIModel):
    """No RBAC group has that ID."""

    error_code: Literal["rbac_group_not_found"]
    """Always `rbac_group_not_found`."""
