# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_web_fetch_url_sources_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_web_fetch_url_sources_params import (
    ManagedAgentsWebFetchURLSourcesParams as ManagedAgentsWebFetchURLSourcesParams,
)

__all__ = [
    "ManagedAgentsWebFetchURLSourcesParams",
]
