# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.file_expired_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import FileExpiredError as FileExpiredError

__all__ = [
    "FileExpiredError",
]
