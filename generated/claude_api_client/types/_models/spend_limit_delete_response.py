# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitDeleteResponse(APIModel):
    """Confirms that a spend limit was deleted."""

    id: str
    """ID of the deleted limit."""
    type: Literal["spend_limit_deleted"]
    """Always `spend_limit_deleted`."""
