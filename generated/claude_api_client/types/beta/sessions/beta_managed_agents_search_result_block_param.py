# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_search_result_block_param`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_search_result_block_param import (
    ManagedAgentsSearchResultBlockParam as BetaManagedAgentsSearchResultBlockParam,
)

__all__ = [
    "BetaManagedAgentsSearchResultBlockParam",
]
