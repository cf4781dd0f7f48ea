# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsWorkflowRunStatusRunningEvent(APIModel):
    """A workflow run started executing, or resumed after being idle."""

    type: Literal["workflow_run.status_running"]
    """Always `workflow_run.status_running`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
