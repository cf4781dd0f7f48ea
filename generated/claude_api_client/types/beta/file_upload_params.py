# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.file_upload_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_file_upload_params import BetaFileUploadParams as FileUploadParams

__all__ = [
    "FileUploadParams",
]
