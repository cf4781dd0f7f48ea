# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_session_multiagent_coordinator`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_session_multiagent_coordinator import (
    ManagedAgentsSessionMultiagentCoordinator as BetaManagedAgentsSessionMultiagentCoordinator,
)
from .._models.managed_agents_session_roster_entry import ManagedAgentsSessionRosterEntry as Agent

__all__ = [
    "Agent",
    "BetaManagedAgentsSessionMultiagentCoordinator",
]
