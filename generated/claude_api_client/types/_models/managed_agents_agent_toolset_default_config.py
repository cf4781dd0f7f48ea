# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy


class ManagedAgentsAgentToolsetDefaultConfig(APIModel):
    """Agent toolset default config."""

    enabled: bool
    """Whether the toolset's tools are on unless a per-tool config says otherwise."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
