# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentSelfParams(TypedDict):
    """
    Request shape of multiagent self.
    """

    type: Literal["self"]
    """
    Always `self`.
    """
