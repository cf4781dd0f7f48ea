# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from .managed_agents_event_params import ManagedAgentsEventParams


class ManagedAgentsSendSessionEventsParams(TypedDict):
    """
    Request body carrying the events to send to a session.
    """

    events: Sequence[ManagedAgentsEventParams]
    """
    The events.
    """
