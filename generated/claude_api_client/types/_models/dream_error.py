# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class DreamError(APIModel):
    """Why a dream failed."""

    type: str
    """Kind of failure."""
    message: str
    """What went wrong, for people."""
