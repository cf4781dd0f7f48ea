# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_workflow_run_error import ManagedAgentsWorkflowRunError
from .timestamp import Timestamp


class ManagedAgentsWorkflowRunErrorEvent(APIModel):
    """A workflow run hit an error, or an error kept a run from being created."""

    type: Literal["workflow_run.error"]
    """Always `workflow_run.error`."""
    id: str
    """ID of the event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    error: ManagedAgentsWorkflowRunError
    """Why the run did not finish, or was not created."""
    workflow_run_id: str | None = None
    """ID of the run that hit the error; null when no run was created."""
