# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .telemetry_destination_workspace import TelemetryDestinationWorkspace


class TelemetryDestinationWorkspacePage(APIModel):
    """One page of a destination's workspace list."""

    data: list[TelemetryDestinationWorkspace]
    """The items of this page."""
    next_page: str | None = None
    """Send as the page token to get the next page; null on the last page."""
