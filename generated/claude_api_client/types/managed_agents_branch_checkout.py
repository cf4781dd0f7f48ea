# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_branch_checkout`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_branch_checkout import (
    ManagedAgentsBranchCheckout as ManagedAgentsBranchCheckout,
)

__all__ = [
    "ManagedAgentsBranchCheckout",
]
