# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_object import ErrorObject


class ErrorEvent(APIModel):
    """The API reports an error in the middle of a stream; the stream ends after it."""

    type: Literal["error"]
    """Always `error`."""
    error: ErrorObject
    """What went wrong, told apart by `type`."""
