# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_source_except_param`: the official path of these types."""

from __future__ import annotations

from .._params.web_fetch_url_source_except_param import (
    WebFetchURLSourceExceptParam as BetaManagedAgentsWebFetchURLSourceExceptParam,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSourceExceptParam",
]
