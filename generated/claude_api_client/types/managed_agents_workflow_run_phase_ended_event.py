# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_workflow_run_phase_ended_event`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_workflow_run_phase_ended_event import (
    ManagedAgentsWorkflowRunPhaseEndedEvent as ManagedAgentsWorkflowRunPhaseEndedEvent,
)

__all__ = [
    "ManagedAgentsWorkflowRunPhaseEndedEvent",
]
