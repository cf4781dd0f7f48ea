# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_response import ErrorResponse


class MessageBatchErroredResult(APIModel):
    """The request failed; the result holds the error the API would have returned."""

    type: Literal["errored"]
    """Always `errored`."""
    error: ErrorResponse
    """The error body for this request."""
