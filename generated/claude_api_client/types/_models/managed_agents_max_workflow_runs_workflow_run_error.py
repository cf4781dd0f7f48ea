# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMaxWorkflowRunsWorkflowRunError(APIModel):
    """No run was created, because the session already has as many unfinished workflow runs as it may (only `workflow_run.error` carries this type)."""

    type: Literal["max_workflow_runs_error"]
    """Always `max_workflow_runs_error`."""
    message: str
    """Short server-written explanation; it never quotes the run's or its agents' content."""
