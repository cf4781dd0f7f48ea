# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsCommitCheckoutParam(TypedDict):
    """
    Commit checkout.
    """

    type: Literal["commit"]
    """
    Always `commit`.
    """
    sha: str
    """
    Commit SHA.
    """
