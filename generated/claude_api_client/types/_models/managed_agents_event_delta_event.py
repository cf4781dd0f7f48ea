# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_event_delta_event_delta import ManagedAgentsEventDeltaEventDelta


class ManagedAgentsEventDeltaEvent(APIModel):
    """A preview: a fragment of an event being produced (only with `event_deltas`)."""

    type: Literal["event_delta"]
    """Always `event_delta`."""
    event_id: str
    """ID of the event being produced."""
    delta: ManagedAgentsEventDeltaEventDelta
    """The fragment."""
