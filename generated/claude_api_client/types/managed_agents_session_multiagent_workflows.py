# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_multiagent_workflows`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_session_multiagent_workflows import (
    ManagedAgentsSessionMultiagentWorkflows as ManagedAgentsSessionMultiagentWorkflows,
)

__all__ = [
    "ManagedAgentsSessionMultiagentWorkflows",
]
