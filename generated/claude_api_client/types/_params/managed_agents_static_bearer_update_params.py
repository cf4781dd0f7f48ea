# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsStaticBearerUpdateParams(TypedDict):
    """
    A replacement bearer token.
    """

    type: Literal["static_bearer"]
    """
    Always `static_bearer`.
    """
    token: NotRequired[str | None]
    """
    The new bearer token.
    """
