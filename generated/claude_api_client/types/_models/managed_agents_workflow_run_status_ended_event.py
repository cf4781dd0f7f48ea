# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_workflow_run_result import ManagedAgentsWorkflowRunResult
from .timestamp import Timestamp


class ManagedAgentsWorkflowRunStatusEndedEvent(APIModel):
    """A workflow run ended; the last `workflow_run.*` event of the run."""

    type: Literal["workflow_run.status_ended"]
    """Always `workflow_run.status_ended`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
    result: ManagedAgentsWorkflowRunResult
    """How the run ended."""
