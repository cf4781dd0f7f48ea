# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_mcp_egress_blocked_deployment_paused_reason_error`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
    ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonError,
)
from .._models.managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
    ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError as BetaManagedAgentsMcpEgressBlockedDeploymentPausedReasonError,
)

__all__ = [
    "BetaManagedAgentsMCPEgressBlockedDeploymentPausedReasonError",
    "BetaManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
]
