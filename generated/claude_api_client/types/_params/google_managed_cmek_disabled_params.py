# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GoogleManagedCMEKDisabledParams(TypedDict):
    """
    Turns the key control off.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
