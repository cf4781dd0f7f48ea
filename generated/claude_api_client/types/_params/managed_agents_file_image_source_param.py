# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsFileImageSourceParam(TypedDict):
    """
    File image source.
    """

    type: Literal["file"]
    """
    Always `file`.
    """
    file_id: str
    """
    ID of an uploaded file.
    """
