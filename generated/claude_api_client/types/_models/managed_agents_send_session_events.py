# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_input_event import ManagedAgentsInputEvent


class ManagedAgentsSendSessionEvents(APIModel):
    """The events as the session logged them."""

    data: list[ManagedAgentsInputEvent] | None = None
    """The items of this page."""
