# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .telemetry_destination_disabled_reason import TelemetryDestinationDisabledReason


class TelemetryDestinationStateDisabled(APIModel):
    """The destination receives nothing, and why."""

    type: Literal["disabled"]
    """Always `disabled`."""
    reason: TelemetryDestinationDisabledReason
    """Why it is in this state."""
