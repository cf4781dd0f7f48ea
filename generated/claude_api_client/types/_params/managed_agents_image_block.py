# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_image_source import ManagedAgentsImageSource


class ManagedAgentsImageBlock(TypedDict):
    """
    Image block.
    """

    type: Literal["image"]
    """
    Always `image`.
    """
    source: ManagedAgentsImageSource
    """
    Where the content comes from.
    """
