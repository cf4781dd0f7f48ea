# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentInlineAgentsEnabledParams(TypedDict):
    """
    Allows inline agents (defined on the spot, never saved).
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
