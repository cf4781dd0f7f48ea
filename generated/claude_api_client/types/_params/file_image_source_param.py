# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class FileImageSourceParam(TypedDict):
    """
    An image given by Files API id.
    """

    file_id: str
    """
    Id of the uploaded image file.
    """
    type: Literal["file"]
    """
    Always `file`.
    """
