# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationStateEnabled(TypedDict):
    """
    Telemetry Destination State Enabled.
    """

    type: Literal["enabled"]
    """
    Object type tag.
    """
