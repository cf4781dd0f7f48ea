# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_branch_checkout_param import ManagedAgentsBranchCheckoutParam
from .managed_agents_commit_checkout_param import ManagedAgentsCommitCheckoutParam

ManagedAgentsRepositoryCheckoutParam: TypeAlias = (
    ManagedAgentsBranchCheckoutParam | ManagedAgentsCommitCheckoutParam
)
"""
One of the repository checkout shapes, told apart by `type`.
"""
