# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsFileResourceParams(TypedDict):
    """
    Request shape of file resource.
    """

    type: Literal["file"]
    """
    Always `file`.
    """
    file_id: str
    """
    ID of an uploaded file.
    """
    mount_path: NotRequired[str | None]
    """
    Path where it is mounted in the sandbox.
    """
