# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .image_source_param import ImageSourceParam
from .image_transformations_param import ImageTransformationsParam


class ImageBlockParam(TypedDict):
    """
    An image sent to the model.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    source: ImageSourceParam
    """
    The image data or where to find it.
    """
    transformations: NotRequired[ImageTransformationsParam | None]
    """
    How the server adjusts the image before the model sees it.
    """
    type: Literal["image"]
    """
    Always `image`.
    """
