# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.container_upload_block`: the official path of these types."""

from __future__ import annotations

from ._models.container_upload_block import ContainerUploadBlock as ContainerUploadBlock

__all__ = [
    "ContainerUploadBlock",
]
