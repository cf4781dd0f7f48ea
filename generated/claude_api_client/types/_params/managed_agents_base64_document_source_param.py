# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsBase64DocumentSourceParam(TypedDict):
    """
    Base64 document source.
    """

    type: Literal["base64"]
    """
    Always `base64`.
    """
    media_type: str
    """
    MIME type.
    """
    data: str
    """
    The items of this page.
    """
