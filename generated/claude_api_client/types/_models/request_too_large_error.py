# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_details import ErrorDetails


class RequestTooLargeError(APIModel):
    """The request body is larger than the endpoint accepts."""

    type: Literal["request_too_large"]
    """Always `request_too_large`."""
    message: str
    """Human-readable explanation."""
    details: ErrorDetails | None = None
    """The cause as a stable `error_code` with its data; branch on it, not on `message`."""
