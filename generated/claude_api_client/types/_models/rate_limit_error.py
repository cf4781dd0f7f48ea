# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_details import ErrorDetails


class RateLimitError(APIModel):
    """Too many requests or tokens for the current limits."""

    type: Literal["rate_limit_error"]
    message: str
    details: ErrorDetails | None = None
