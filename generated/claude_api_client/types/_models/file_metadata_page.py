# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .file_metadata import FileMetadata


class FileMetadataPage(APIModel):
    """One page of file metadata, with what is needed to fetch the next page."""

    data: list[FileMetadata]
    has_more: bool | None = None
    first_id: str | None = None
    last_id: str | None = None
    next_page: str | None = None
