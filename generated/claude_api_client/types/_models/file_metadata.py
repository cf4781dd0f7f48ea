# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .file_scope import FileScope


class FileMetadata(APIModel):
    """What the API knows about an uploaded file."""

    id: str
    """Identifier of the file, used to refer to it in Messages requests."""
    type: Literal["file"]
    """Always `file`."""
    filename: str
    """Name the file was uploaded under."""
    mime_type: str
    """Media type of the content."""
    size_bytes: int
    """Size of the content in bytes."""
    created_at: WireDateTime
    """When the file was uploaded."""
    downloadable: bool | None = None
    """True when the content can be fetched with the download operation (files created by tools are)."""
    expires_at: WireDateTime | None = None
    """When the content stops being available; null for files that do not expire."""
    scope: FileScope | None = None
    """Resource the file was created in (for example a session); null for files you uploaded yourself."""
