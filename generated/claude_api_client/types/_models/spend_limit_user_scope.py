# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitUserScope(APIModel):
    """A limit for one user."""

    user_id: str
    """ID of the user."""
    type: Literal["user"]
    """Always `user`."""
