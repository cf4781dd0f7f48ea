# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy


class ManagedAgentsWebFetchToolConfig(APIModel):
    """Web fetch tool config."""

    type: Literal["web_fetch"]
    name: Literal["web_fetch"]
    enabled: bool
    permission_policy: ManagedAgentsPermissionPolicy
    allowed_domains: list[str] | None = None
    blocked_domains: list[str] | None = None
    max_content_tokens: int | None = None
