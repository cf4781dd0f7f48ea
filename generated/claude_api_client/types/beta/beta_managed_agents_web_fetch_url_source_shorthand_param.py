# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_web_fetch_url_source_shorthand_param`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_web_fetch_url_source_shorthand_param import (
    ManagedAgentsWebFetchURLSourceShorthandParam as BetaManagedAgentsWebFetchURLSourceShorthandParam,
)

__all__ = [
    "BetaManagedAgentsWebFetchURLSourceShorthandParam",
]
