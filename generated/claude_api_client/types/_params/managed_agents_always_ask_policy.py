# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAlwaysAskPolicy(TypedDict):
    """
    Always ask policy.
    """

    type: Literal["always_ask"]
    """
    Always `always_ask`.
    """
