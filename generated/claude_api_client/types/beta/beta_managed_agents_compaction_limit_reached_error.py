# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_compaction_limit_reached_error`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_compaction_limit_reached_error import (
    ManagedAgentsCompactionLimitReachedError as BetaManagedAgentsCompactionLimitReachedError,
)

__all__ = [
    "BetaManagedAgentsCompactionLimitReachedError",
]
