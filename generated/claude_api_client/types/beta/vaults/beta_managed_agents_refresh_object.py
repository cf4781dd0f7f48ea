# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.vaults.beta_managed_agents_refresh_object`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_refresh_object import (
    ManagedAgentsRefreshObject as BetaManagedAgentsRefreshObject,
)

__all__ = [
    "BetaManagedAgentsRefreshObject",
]
