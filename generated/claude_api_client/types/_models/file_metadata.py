# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel, WireDateTime

from .file_scope import FileScope


class FileMetadata(APIModel):
    """What the API knows about an uploaded file."""

    id: str
    type: Literal["file"]
    filename: Annotated[str, Field(max_length=500, min_length=1)]
    mime_type: Annotated[str, Field(max_length=255, min_length=1)]
    size_bytes: Annotated[int, Field(ge=0)]
    created_at: WireDateTime
    downloadable: bool | None = None
    expires_at: WireDateTime | None = None
    scope: FileScope | None = None
