# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ComplianceSettingsStateEnabledParam(TypedDict):
    """
    Compliance features are on.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
