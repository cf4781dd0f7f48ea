# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_image_source_param import ManagedAgentsImageSourceParam


class ManagedAgentsImageBlockParam(TypedDict):
    """
    Image block.
    """

    type: Literal["image"]
    """
    Always `image`.
    """
    source: ManagedAgentsImageSourceParam
    """
    Where the content comes from.
    """
