# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam


class ContainerUploadBlockParam(TypedDict):
    """
    Places an uploaded file into the code execution container.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    file_id: str
    """
    Id of the uploaded file to place in the container.
    """
    type: Literal["container_upload"]
    """
    Always `container_upload`.
    """
