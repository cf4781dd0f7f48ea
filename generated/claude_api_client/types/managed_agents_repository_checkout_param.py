# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_repository_checkout_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_repository_checkout_param import (
    ManagedAgentsRepositoryCheckoutParam as ManagedAgentsRepositoryCheckoutParam,
)

__all__ = [
    "ManagedAgentsRepositoryCheckoutParam",
]
