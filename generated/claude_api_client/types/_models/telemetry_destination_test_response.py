# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .telemetry_destination_test_result import TelemetryDestinationTestResult


class TelemetryDestinationTestResponse(APIModel):
    """The outcome of a test delivery to a destination."""

    type: Literal["telemetry_destination_test"]
    """Always `telemetry_destination_test`."""
    result: TelemetryDestinationTestResult
    """Whether the test delivery reached the collector."""
