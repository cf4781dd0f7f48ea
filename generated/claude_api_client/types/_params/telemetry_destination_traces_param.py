# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .telemetry_destination_content_mode_param import (
    TelemetryDestinationContentModeParam,
)


class TelemetryDestinationTracesParam(TypedDict):
    """
    Request form of a destination's trace settings; fields left out take their defaults.
    """

    content_mode: NotRequired[TelemetryDestinationContentModeParam | None]
    """
    Whether spans carry message content or metadata only.
    """
    enabled: NotRequired[bool]
    """
    Whether it is on.
    """
    endpoint_url: NotRequired[str | None]
    """
    URL deliveries are sent to.
    """
    max_content_bytes: NotRequired[int | None]
    """
    Largest content a span carries, in bytes (longer content is cut).
    """
