# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class WebFetchURLSourceNoneParam(TypedDict):
    """
    The source contributes no URL.
    """

    type: Literal["none"]
    """
    Always `none`.
    """
