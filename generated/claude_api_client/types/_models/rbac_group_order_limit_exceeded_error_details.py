# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACGroupOrderLimitExceededErrorDetails(APIModel):
    """The group order lists more groups than allowed."""

    error_code: Literal["rbac_group_order_limit_exceeded"]
    """Always `rbac_group_order_limit_exceeded`."""
