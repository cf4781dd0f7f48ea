# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class TunnelRotateTokenParams(TypedDict):
    """
    Body of a tunnel token rotation.
    """

    reason: NotRequired[str | None]
    """
    Why the token is rotated, kept for audit.
    """
