# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_multiagent_subagents_enabled`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_session_multiagent_subagents_enabled import (
    ManagedAgentsSessionMultiagentSubagentsEnabled as ManagedAgentsSessionMultiagentSubagentsEnabled,
)

__all__ = [
    "ManagedAgentsSessionMultiagentSubagentsEnabled",
]
