# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_repository_checkout_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_repository_checkout_error import (
    ManagedAgentsRepositoryCheckoutError as ManagedAgentsRepositoryCheckoutError,
)

__all__ = [
    "ManagedAgentsRepositoryCheckoutError",
]
