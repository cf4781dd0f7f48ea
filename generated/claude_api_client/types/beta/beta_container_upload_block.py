# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_container_upload_block`: the official path of these types."""

from __future__ import annotations

from .._models.container_upload_block import ContainerUploadBlock as BetaContainerUploadBlock

__all__ = [
    "BetaContainerUploadBlock",
]
