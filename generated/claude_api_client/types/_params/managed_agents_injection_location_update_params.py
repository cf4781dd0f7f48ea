# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class ManagedAgentsInjectionLocationUpdateParams(TypedDict):
    """
    Changes to where the secret may replace its placeholder.
    """

    header: NotRequired[bool]
    """
    Substitute in request header values.
    """
    body: NotRequired[bool]
    """
    Substitute in the request body.
    """
