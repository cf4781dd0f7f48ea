# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsURLDocumentSourceParam(TypedDict):
    """
    Urldocument source.
    """

    type: Literal["url"]
    """
    Always `url`.
    """
    url: str
    """
    URL of the URL document source.
    """
