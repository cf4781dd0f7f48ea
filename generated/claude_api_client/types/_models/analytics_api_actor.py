# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsAPIActor(APIModel):
    """Usage made with an API key."""

    type: Literal["api_actor"]
    """Always `api_actor`."""
    api_key_id: str
    """ID of the API key."""
