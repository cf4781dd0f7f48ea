# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GoogleManagedStorageDisabledParams(TypedDict):
    """
    Turns the storage control off.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
