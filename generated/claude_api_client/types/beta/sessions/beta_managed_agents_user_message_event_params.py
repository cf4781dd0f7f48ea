# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_user_message_event_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_user_content_block_param import (
    ManagedAgentsUserContentBlockParam as Content,
)
from ..._params.managed_agents_user_message_event_params import (
    ManagedAgentsUserMessageEventParams as BetaManagedAgentsUserMessageEventParams,
)

__all__ = [
    "BetaManagedAgentsUserMessageEventParams",
    "Content",
]
