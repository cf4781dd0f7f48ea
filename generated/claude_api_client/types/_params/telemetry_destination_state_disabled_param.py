# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class TelemetryDestinationStateDisabledParam(TypedDict):
    """
    Request form: turn the destination off.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
