# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy


class ManagedAgentsMCPToolConfig(APIModel):
    """Mcptool config."""

    name: str
    """Name of the MCP tool this entry configures."""
    enabled: bool
    """Whether the agent may use this tool."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
