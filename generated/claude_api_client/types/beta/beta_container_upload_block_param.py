# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_container_upload_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.container_upload_block_param import (
    ContainerUploadBlockParam as BetaContainerUploadBlockParam,
)

__all__ = [
    "BetaContainerUploadBlockParam",
]
