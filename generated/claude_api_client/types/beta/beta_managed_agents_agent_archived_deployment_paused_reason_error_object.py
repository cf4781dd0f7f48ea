# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_agent_archived_deployment_paused_reason_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_agent_archived_deployment_paused_reason_error import (
    ManagedAgentsAgentArchivedDeploymentPausedReasonError as BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject,
)

__all__ = [
    "BetaManagedAgentsAgentArchivedDeploymentPausedReasonErrorObject",
]
