# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy


class ManagedAgentsWriteToolConfig(APIModel):
    """Write tool config."""

    type: Literal["write"]
    """Always `write`."""
    name: Literal["write"]
    """Always `write`: the tool this entry configures."""
    enabled: bool
    """Whether the agent may use this tool."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
