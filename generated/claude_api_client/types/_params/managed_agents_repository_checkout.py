# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_branch_checkout import ManagedAgentsBranchCheckout
from .managed_agents_commit_checkout import ManagedAgentsCommitCheckout

ManagedAgentsRepositoryCheckout: TypeAlias = (
    ManagedAgentsBranchCheckout | ManagedAgentsCommitCheckout
)
"""
One of the repository checkout shapes, told apart by `type`.
"""
