# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PluginAPIActor(APIModel):
    """An API key."""

    api_key_id: str
    """ID of the key."""
    type: Literal["api_actor"]
    """Always `api_actor`."""
