# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsWorkflowRunPhaseEndedEvent(APIModel):
    """A workflow run's plan left a phase, or the run's end closed it (one per `workflow_run.phase_started`)."""

    type: Literal["workflow_run.phase_ended"]
    """Always `workflow_run.phase_ended`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
    workflow_run_phase_id: str
    """ID of the phase, as listed in `phases` of the run's `workflow_run.created`."""
    phase_started_id: str
    """ID of the `workflow_run.phase_started` event that opened the phase."""
