# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy


class ManagedAgentsBashToolConfig(APIModel):
    """Bash tool config."""

    type: Literal["bash"]
    """Always `bash`."""
    name: Literal["bash"]
    """Always `bash`: the tool this entry configures."""
    enabled: bool
    """Whether the agent may use this tool."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
