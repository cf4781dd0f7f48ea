# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsMultiagentWorkflowsDisabledParams(TypedDict):
    """
    Stops the agent from starting workflow runs.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
