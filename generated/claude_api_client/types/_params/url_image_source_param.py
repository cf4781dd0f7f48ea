# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class URLImageSourceParam(TypedDict):
    """
    An image given by URL.
    """

    type: Literal["url"]
    """
    Always `url`.
    """
    url: str
    """
    Address of the image.
    """
