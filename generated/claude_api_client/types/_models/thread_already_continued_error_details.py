# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ThreadAlreadyContinuedErrorDetails(APIModel):
    """The thread was already continued from this message."""

    error_code: Literal["thread_already_continued"]
    """Always `thread_already_continued`."""
