# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ComplianceSettingsStateDisabledParam(TypedDict):
    """
    Compliance features are off.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """
