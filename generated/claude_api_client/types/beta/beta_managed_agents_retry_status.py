# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_retry_status`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_retry_status import (
    ManagedAgentsRetryStatus as BetaManagedAgentsRetryStatus,
)

__all__ = [
    "BetaManagedAgentsRetryStatus",
]
