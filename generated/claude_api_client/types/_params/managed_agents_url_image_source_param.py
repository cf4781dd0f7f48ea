# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsURLImageSourceParam(TypedDict):
    """
    Urlimage source.
    """

    type: Literal["url"]
    """
    Always `url`.
    """
    url: str
    """
    URL of the URL image source.
    """
