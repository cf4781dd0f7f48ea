# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_source_tool_reference`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_url_source_tool_reference import (
    WebFetchURLSourceToolReference as BetaManagedAgentsWebFetchURLSourceToolReference,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSourceToolReference",
]
