# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class RBACGroupCreateParams(TypedDict):
    """
    Body that creates a group.
    """

    name: str
    """
    The group's name.
    """
