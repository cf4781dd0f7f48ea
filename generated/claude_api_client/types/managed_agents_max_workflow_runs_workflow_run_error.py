# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_max_workflow_runs_workflow_run_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_max_workflow_runs_workflow_run_error import (
    ManagedAgentsMaxWorkflowRunsWorkflowRunError as ManagedAgentsMaxWorkflowRunsWorkflowRunError,
)

__all__ = [
    "ManagedAgentsMaxWorkflowRunsWorkflowRunError",
]
