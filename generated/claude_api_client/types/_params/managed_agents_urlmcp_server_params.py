# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsURLMCPServerParams(TypedDict):
    """
    Request shape of urlmcpserver.
    """

    type: Literal["url"]
    """
    Object type tag.
    """
    name: str
    """
    Human-readable name.
    """
    url: str
    """
    URL.
    """
