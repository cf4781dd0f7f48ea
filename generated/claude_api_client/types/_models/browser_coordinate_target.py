# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class BrowserCoordinateTarget(APIModel):
    """A point of the browser viewport, in viewport pixels (as a full-viewport screenshot counts them)."""

    type: Literal["coordinate"]
    """Always `coordinate`."""
    x: int
    """Pixels from the viewport's left edge."""
    y: int
    """Pixels from the viewport's top edge."""
