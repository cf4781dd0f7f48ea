# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class TunnelCreateParams(TypedDict):
    """
    Body that creates a tunnel.
    """

    display_name: NotRequired[str | None]
    """
    Name for people to read, 1 to 255 characters.
    """
