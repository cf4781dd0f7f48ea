# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAdvisorParams(TypedDict):
    """
    Request shape of advisor.
    """

    type: Literal["advisor"]
    """
    Always `advisor`.
    """
    model: str
    """
    The model the advisor runs on.
    """
