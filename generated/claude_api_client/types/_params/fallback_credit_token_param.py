# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class FallbackCreditTokenParam(TypedDict):
    """
    A fallback credit token with its redemption mode.
    """

    mode: NotRequired[Literal["strict", "best_effort"]]
    """
    Whether a token that cannot be redeemed fails the request (`strict`) or is ignored.
    """
    token: str
    """
    The token from a refused response's `stop_details`.
    """
