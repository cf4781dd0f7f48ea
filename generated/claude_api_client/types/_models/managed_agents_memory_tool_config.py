# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_memory_tool_config_permission_policy import (
    ManagedAgentsMemoryToolConfigPermissionPolicy,
)
from .managed_agents_memory_tool_name import ManagedAgentsMemoryToolName


class ManagedAgentsMemoryToolConfig(APIModel):
    """Bedrock: the settings of one tool of the memory toolset."""

    enabled: bool
    """Whether the agent may use the tool."""
    name: ManagedAgentsMemoryToolName
    """The tool these settings are for."""
    permission_policy: ManagedAgentsMemoryToolConfigPermissionPolicy
    """Whether a call of the tool runs, waits for confirmation, or is judged by the server."""
    type: ManagedAgentsMemoryToolName
    """The tool these settings are for."""
