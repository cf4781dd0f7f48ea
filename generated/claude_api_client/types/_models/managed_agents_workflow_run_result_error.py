# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_workflow_run_error import ManagedAgentsWorkflowRunError


class ManagedAgentsWorkflowRunResultError(APIModel):
    """The run failed or ran out of time."""

    type: Literal["error"]
    """Always `error`."""
    error: ManagedAgentsWorkflowRunError
    """Why the run did not finish."""
