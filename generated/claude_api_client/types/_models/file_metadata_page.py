# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .file_metadata import FileMetadata


class FileMetadataPage(APIModel):
    """One page of file metadata, with what is needed to fetch the next page."""

    data: list[FileMetadata]
    """The files on this page."""
    has_more: bool | None = None
    """True when more files follow in the direction you paged."""
    first_id: str | None = None
    """ID of the first file on the page; pass it as `before_id` for the previous page."""
    last_id: str | None = None
    """ID of the last file on the page; pass it as `after_id` for the next page."""
    next_page: str | None = None
    """Token to pass as `page` for the next page; null on the last page."""
