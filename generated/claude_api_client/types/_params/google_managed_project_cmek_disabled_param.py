# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GoogleManagedProjectCMEKDisabledParam(TypedDict):
    """
    Request form: turn customer-managed keys off.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
