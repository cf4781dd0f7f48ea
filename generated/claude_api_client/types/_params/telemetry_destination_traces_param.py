# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .telemetry_destination_content_mode import TelemetryDestinationContentMode


class TelemetryDestinationTracesParam(TypedDict):
    """
    Request form of telemetry Destination Traces.
    """

    content_mode: NotRequired[TelemetryDestinationContentMode | None]
    """
    Content mode.
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
    Max content bytes.
    """
