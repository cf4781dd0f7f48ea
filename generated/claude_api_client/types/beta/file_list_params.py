# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.file_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_file_list_params import BetaFileListParams as FileListParams

__all__ = [
    "FileListParams",
]
