# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy
from .managed_agents_user_location import ManagedAgentsUserLocation


class ManagedAgentsWebSearchToolConfig(APIModel):
    """Web search tool config."""

    type: Literal["web_search"]
    name: Literal["web_search"]
    enabled: bool
    permission_policy: ManagedAgentsPermissionPolicy
    allowed_domains: list[str] | None = None
    blocked_domains: list[str] | None = None
    user_location: ManagedAgentsUserLocation | None = None
