# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsURLDocumentSource(APIModel):
    """Urldocument source."""

    type: Literal["url"]
    """Always `url`."""
    url: str
    """URL of the URL document source."""
