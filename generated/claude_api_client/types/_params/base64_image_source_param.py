# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class Base64ImageSourceParam(TypedDict):
    """
    An image given inline as base64 data.
    """

    data: str
    """
    Base64-encoded file content.
    """
    media_type: Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
    """
    MIME type of the data.
    """
    type: Literal["base64"]
    """
    Always `base64`.
    """
