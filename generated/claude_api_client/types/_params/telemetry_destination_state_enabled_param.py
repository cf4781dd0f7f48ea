# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationStateEnabledParam(TypedDict):
    """
    The destination receives deliveries.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
