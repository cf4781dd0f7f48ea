# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBase64ImageSource(APIModel):
    """Base64 image source."""

    type: Literal["base64"]
    """Always `base64`."""
    media_type: str
    """MIME type."""
    data: str
    """The items of this page."""
