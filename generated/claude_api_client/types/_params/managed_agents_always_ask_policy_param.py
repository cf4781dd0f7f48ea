# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAlwaysAskPolicyParam(TypedDict):
    """
    Always ask policy.
    """

    type: Literal["always_ask"]
    """
    Always `always_ask`.
    """
