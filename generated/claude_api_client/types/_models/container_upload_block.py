# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ContainerUploadBlock(APIModel):
    """A file placed into the code execution container."""

    file_id: str
    """Id of the file placed in the container."""
    type: Literal["container_upload"]
    """Always `container_upload`."""
