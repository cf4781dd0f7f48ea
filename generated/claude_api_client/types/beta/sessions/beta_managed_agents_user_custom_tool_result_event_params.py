# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_user_custom_tool_result_event_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_tool_result_content_block_param import (
    ManagedAgentsToolResultContentBlockParam as Content,
)
from ..._params.managed_agents_user_custom_tool_result_event_params import (
    ManagedAgentsUserCustomToolResultEventParams as BetaManagedAgentsUserCustomToolResultEventParams,
)

__all__ = [
    "BetaManagedAgentsUserCustomToolResultEventParams",
    "Content",
]
