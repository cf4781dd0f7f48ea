# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.thread_already_continued_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import ThreadAlreadyContinuedError as ThreadAlreadyContinuedError

__all__ = [
    "ThreadAlreadyContinuedError",
]
