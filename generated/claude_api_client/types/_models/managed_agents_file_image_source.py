# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsFileImageSource(APIModel):
    """File image source."""

    type: Literal["file"]
    """Always `file`."""
    file_id: str
    """ID of an uploaded file."""
