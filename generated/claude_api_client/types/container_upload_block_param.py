# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.container_upload_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.container_upload_block_param import (
    ContainerUploadBlockParam as ContainerUploadBlockParam,
)

__all__ = [
    "ContainerUploadBlockParam",
]
