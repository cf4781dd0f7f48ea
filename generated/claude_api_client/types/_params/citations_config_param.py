# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class CitationsConfigParam(TypedDict):
    """
    Citation settings of a returned document.
    """

    enabled: NotRequired[bool]
    """
    Whether citations are on.
    """
