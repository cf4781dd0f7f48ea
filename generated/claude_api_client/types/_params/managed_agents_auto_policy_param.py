# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAutoPolicyParam(TypedDict):
    """
    The server judges each tool call itself, allowing it when safe, denying it when risky, asking when it cannot tell.
    """

    type: Literal["auto"]
    """
    Always `auto`.
    """
