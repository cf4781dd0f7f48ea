# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_deleted_session`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_deleted_session import (
    ManagedAgentsDeletedSession as BetaManagedAgentsDeletedSession,
)

__all__ = [
    "BetaManagedAgentsDeletedSession",
]
