# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsTokenEndpointAuthNoneParam(TypedDict):
    """
    The token endpoint needs no client authentication.
    """

    type: Literal["none"]
    """
    Always `none`.
    """
