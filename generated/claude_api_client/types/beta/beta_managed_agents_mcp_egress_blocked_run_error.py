# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_mcp_egress_blocked_run_error`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_mcp_egress_blocked_run_error import (
    ManagedAgentsMcpEgressBlockedRunError as BetaManagedAgentsMCPEgressBlockedRunError,
)
from .._models.managed_agents_mcp_egress_blocked_run_error import (
    ManagedAgentsMcpEgressBlockedRunError as BetaManagedAgentsMcpEgressBlockedRunError,
)

__all__ = [
    "BetaManagedAgentsMCPEgressBlockedRunError",
    "BetaManagedAgentsMcpEgressBlockedRunError",
]
