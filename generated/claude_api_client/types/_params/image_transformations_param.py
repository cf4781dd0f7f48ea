# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ImageTransformationsParam(TypedDict):
    """
    How the server adjusts an image before the model sees it.
    """

    oversized_image: NotRequired[Literal["downsize", "error"]]
    """
    What happens to an image larger than the model accepts: downsize it (default) or reject the request.
    """
