# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsBranchCheckoutParam(TypedDict):
    """
    Branch checkout.
    """

    type: Literal["branch"]
    """
    Always `branch`.
    """
    name: str
    """
    Name of the branch to check out.
    """
