# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_permission_policy import ManagedAgentsPermissionPolicy
from .managed_agents_web_fetch_url_sources import ManagedAgentsWebFetchURLSources


class ManagedAgentsWebFetchToolConfig(APIModel):
    """Web fetch tool config."""

    type: Literal["web_fetch"]
    """Always `web_fetch`."""
    name: Literal["web_fetch"]
    """Always `web_fetch`: the tool this entry configures."""
    enabled: bool
    """Whether the agent may use this tool."""
    permission_policy: ManagedAgentsPermissionPolicy
    """When the tool may run without asking."""
    allowed_domains: list[str] | None = None
    """Only these domains may be reached."""
    blocked_domains: list[str] | None = None
    """These domains may never be reached."""
    max_content_tokens: int | None = None
    """Most tokens of fetched content kept."""
    url_sources: ManagedAgentsWebFetchURLSources | None = None
    """Which sources contribute URLs the tool may fetch, in the object form; null when not set, which lets every source through."""
