# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.file_not_downloadable_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import FileNotDownloadableError as FileNotDownloadableError

__all__ = [
    "FileNotDownloadableError",
]
