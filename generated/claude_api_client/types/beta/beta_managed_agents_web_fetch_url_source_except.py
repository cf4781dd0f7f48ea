# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_source_except`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_url_source_except import (
    WebFetchURLSourceExcept as BetaManagedAgentsWebFetchURLSourceExcept,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSourceExcept",
]
