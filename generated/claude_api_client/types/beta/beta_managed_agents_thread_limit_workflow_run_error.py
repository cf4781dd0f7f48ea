# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_thread_limit_workflow_run_error`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_thread_limit_workflow_run_error import (
    ManagedAgentsThreadLimitWorkflowRunError as BetaManagedAgentsThreadLimitWorkflowRunError,
)

__all__ = [
    "BetaManagedAgentsThreadLimitWorkflowRunError",
]
