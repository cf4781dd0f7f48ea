# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_file_metadata_page`: the official path of these types."""

from __future__ import annotations

from .._models.file_metadata_page import FileMetadataPage as BetaFileMetadataPage

__all__ = [
    "BetaFileMetadataPage",
]
