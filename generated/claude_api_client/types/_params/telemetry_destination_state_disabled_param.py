# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationStateDisabledParam(TypedDict):
    """
    Request form of telemetry Destination State Disabled.
    """

    type: Literal["disabled"]
    """
    Object type tag.
    """
