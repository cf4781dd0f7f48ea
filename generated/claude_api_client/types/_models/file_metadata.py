# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .file_scope import FileScope


class FileMetadata(APIModel):
    """What the API knows about an uploaded file."""

    id: str
    type: Literal["file"]
    filename: str
    mime_type: str
    size_bytes: int
    created_at: WireDateTime
    downloadable: bool | None = None
    expires_at: WireDateTime | None = None
    scope: FileScope | None = None
