# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class UnrestrictedNetworkParam(TypedDict):
    """
    Outbound network open to any host.
    """

    type: Literal["unrestricted"]
    """
    Always `unrestricted`.
    """
