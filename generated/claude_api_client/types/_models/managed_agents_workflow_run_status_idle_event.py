# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsWorkflowRunStatusIdleEvent(APIModel):
    """A workflow run went idle (sent each time, whatever the cause)."""

    type: Literal["workflow_run.status_idle"]
    """Always `workflow_run.status_idle`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    workflow_run_id: str
    """ID of the workflow run; every `workflow_run.*` event of one run carries the same."""
