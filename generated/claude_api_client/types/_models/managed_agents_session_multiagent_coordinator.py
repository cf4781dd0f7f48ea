# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_session_roster_entry import ManagedAgentsSessionRosterEntry


class ManagedAgentsSessionMultiagentCoordinator(APIModel):
    """Session multiagent coordinator."""

    type: Literal["coordinator"]
    """Always `coordinator`."""
    agents: list[ManagedAgentsSessionRosterEntry]
    """The agents involved."""
