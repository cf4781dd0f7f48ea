# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_tool_use_limit_reached_error`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_retry_status import ManagedAgentsRetryStatus as RetryStatus
from ..._models.managed_agents_tool_use_limit_reached_error import (
    ManagedAgentsToolUseLimitReachedError as BetaManagedAgentsToolUseLimitReachedError,
)

__all__ = [
    "BetaManagedAgentsToolUseLimitReachedError",
    "RetryStatus",
]
