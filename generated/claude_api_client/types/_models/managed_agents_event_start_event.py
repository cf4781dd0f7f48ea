# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_event_start_event_event import ManagedAgentsEventStartEventEvent


class ManagedAgentsEventStartEvent(APIModel):
    """A preview: an event has started to be produced (only with `event_deltas`)."""

    type: Literal["event_start"]
    """Always `event_start`."""
    event: ManagedAgentsEventStartEventEvent
    """The event being produced."""
