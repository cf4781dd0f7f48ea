# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsAPIActor(APIModel):
    """Analytics APIActor."""

    type: Literal["api_actor"]
    """Object type tag."""
    api_key_id: str
    """ID of the api key."""
