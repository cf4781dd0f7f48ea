# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.file_upload_params`: the official path of these types."""

from __future__ import annotations

from .._params.file_upload_params import FileUploadParams as FileUploadParams

__all__ = [
    "FileUploadParams",
]
