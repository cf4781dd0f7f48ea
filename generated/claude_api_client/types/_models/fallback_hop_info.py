# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .model import Model


class FallbackHopInfo(APIModel):
    """A model named in a fallback marker."""

    model: Model
    """Model id."""
