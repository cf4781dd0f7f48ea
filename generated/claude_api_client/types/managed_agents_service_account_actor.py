# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_service_account_actor`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_service_account_actor import (
    ManagedAgentsServiceAccountActor as ManagedAgentsServiceAccountActor,
)

__all__ = [
    "ManagedAgentsServiceAccountActor",
]
