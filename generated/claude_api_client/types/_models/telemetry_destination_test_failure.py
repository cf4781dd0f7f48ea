# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TelemetryDestinationTestFailure(APIModel):
    """The test delivery did not reach the collector, and why."""

    type: Literal["failure"]
    """Always `failure`."""
    error: str
    """What went wrong."""
