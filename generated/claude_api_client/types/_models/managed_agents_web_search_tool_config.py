# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy
from .managed_agents_user_location import ManagedAgentsUserLocation


class ManagedAgentsWebSearchToolConfig(APIModel):
    """Web search tool config."""

    type: Literal["web_search"]
    """Always `web_search`."""
    name: Literal["web_search"]
    """Always `web_search`: the tool this entry configures."""
    enabled: bool
    """Whether the agent may use this tool."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
    allowed_domains: list[str] | None = None
    """Only these domains may be reached."""
    blocked_domains: list[str] | None = None
    """These domains may never be reached."""
    user_location: ManagedAgentsUserLocation | None = None
    """Approximate user location to localise results."""
