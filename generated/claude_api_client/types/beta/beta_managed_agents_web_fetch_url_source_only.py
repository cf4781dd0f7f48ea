# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_source_only`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_url_source_only import (
    WebFetchURLSourceOnly as BetaManagedAgentsWebFetchURLSourceOnly,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSourceOnly",
]
