# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_object import ErrorObject


class ErrorResponse(APIModel):
    """Body of every error response."""

    type: Literal["error"]
    """Always `error`."""
    error: ErrorObject
    """What went wrong; its `type` says which kind of error and `message` says it in words."""
    request_id: str | None = None
    """Identifier of the failed request."""
