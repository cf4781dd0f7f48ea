# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.file_metadata`: the official path of these types."""

from __future__ import annotations

from ._models.file_metadata import FileMetadata as FileMetadata

__all__ = [
    "FileMetadata",
]
