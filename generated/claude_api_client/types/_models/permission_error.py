# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .error_details import ErrorDetails


class PermissionError(APIModel):
    """The credentials are valid but may not use this resource."""

    type: Literal["permission_error"]
    message: str
    details: ErrorDetails | None = None
