# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAlwaysAllowPolicyParam(TypedDict):
    """
    Always allow policy.
    """

    type: Literal["always_allow"]
    """
    Always `always_allow`.
    """
