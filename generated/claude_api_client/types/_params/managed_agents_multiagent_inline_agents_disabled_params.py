# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentInlineAgentsDisabledParams(TypedDict):
    """
    Forbids inline agents; only predefined (saved) agents may be used.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
