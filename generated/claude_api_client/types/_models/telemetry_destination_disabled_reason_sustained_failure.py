# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TelemetryDestinationDisabledReasonSustainedFailure(APIModel):
    """The API disabled the destination after deliveries kept failing."""

    type: Literal["sustained_failure"]
    """Always `sustained_failure`."""
