# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitScopedAPIKeyActor(APIModel):
    """An API key, as the subject of spend."""

    scoped_api_key_id: str
    """ID of the API key."""
    type: Literal["scoped_api_key_actor"]
    """Always `scoped_api_key_actor`."""
