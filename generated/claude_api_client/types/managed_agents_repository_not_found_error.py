# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_repository_not_found_error`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_repository_not_found_error import (
    ManagedAgentsRepositoryNotFoundError as ManagedAgentsRepositoryNotFoundError,
)

__all__ = [
    "ManagedAgentsRepositoryNotFoundError",
]
