# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .speed import Speed


class DreamModelConfig(APIModel):
    """The model a dream runs on."""

    id: str
    """The model ID."""
    speed: Speed | None = None
    """Inference speed mode."""
