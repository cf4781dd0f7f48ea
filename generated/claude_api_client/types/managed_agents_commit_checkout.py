# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_commit_checkout`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_commit_checkout import (
    ManagedAgentsCommitCheckout as ManagedAgentsCommitCheckout,
)

__all__ = [
    "ManagedAgentsCommitCheckout",
]
