# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_sources`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_web_fetch_url_sources import (
    ManagedAgentsWebFetchURLSources as BetaManagedAgentsWebFetchURLSources,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSources",
]
