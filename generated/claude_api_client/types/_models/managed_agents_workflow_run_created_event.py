# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_workflow_run_phase import ManagedAgentsWorkflowRunPhase
from .timestamp import Timestamp


class ManagedAgentsWorkflowRunCreatedEvent(APIModel):
    """A workflow run (background work the session's agent started) was created; its first `workflow_run.*` event."""

    type: Literal["workflow_run.created"]
    """Always `workflow_run.created`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
    name: str
    """Name the agent gave the run, unchanged, or one the server chose."""
    description: str | None = None
    """Description the agent gave the run, unchanged; null when it gave none."""
    phases: list[ManagedAgentsWorkflowRunPhase]
    """Phases the run's plan declares, in the plan's order (possibly none)."""
