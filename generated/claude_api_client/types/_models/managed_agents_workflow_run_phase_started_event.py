# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsWorkflowRunPhaseStartedEvent(APIModel):
    """A workflow run's plan entered one of its phases."""

    type: Literal["workflow_run.phase_started"]
    """Always `workflow_run.phase_started`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
    workflow_run_phase_id: str
    """ID of the phase, as listed in `phases` of the run's `workflow_run.created`."""
