# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class WebFetchURLSourceAllParam(TypedDict):
    """
    The source contributes every URL it holds (all results of the filtered tools, or all user input).
    """

    type: Literal["all"]
    """
    Always `all`.
    """
