# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_multiagent_roster_entry import ManagedAgentsMultiagentRosterEntry


class ManagedAgentsMultiagentCoordinator(APIModel):
    """Multiagent coordinator."""

    type: Literal["coordinator"]
    """Always `coordinator`."""
    agents: list[ManagedAgentsMultiagentRosterEntry]
    """The agents involved."""
