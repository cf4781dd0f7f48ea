# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_unknown_workflow_run_error_object`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_unknown_workflow_run_error import (
    ManagedAgentsUnknownWorkflowRunError as BetaManagedAgentsUnknownWorkflowRunErrorObject,
)

__all__ = [
    "BetaManagedAgentsUnknownWorkflowRunErrorObject",
]
