# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .telemetry_destination_delivery_health import TelemetryDestinationDeliveryHealth
from .telemetry_destination_state import TelemetryDestinationState
from .telemetry_destination_traces import TelemetryDestinationTraces
from .telemetry_destination_workspaces import TelemetryDestinationWorkspaces


class TelemetryDestination(APIModel):
    """An OpenTelemetry (OTLP/HTTP) collector that receives the traces of some or all of the organization's workspaces."""

    type: Literal["telemetry_destination"]
    """Always `telemetry_destination`."""
    id: str
    """Unique identifier."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    delivery_health: TelemetryDestinationDeliveryHealth
    """The latest delivery results."""
    display_name: str | None = None
    """Human-readable name."""
    endpoint_url: str
    """URL deliveries are sent to."""
    header_names: list[str]
    """Names of the headers sent with every delivery."""
    state: TelemetryDestinationState
    """Current state."""
    traces: TelemetryDestinationTraces
    """Settings of the traces the destination receives."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    workspaces: TelemetryDestinationWorkspaces
    """Which workspaces it covers."""
