# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RequestBodyTimeoutErrorDetails(APIModel):
    """The request body took too long to arrive, so nothing was done; send less, or over a faster link."""

    error_code: Literal["request_body_timeout"]
    """Always `request_body_timeout`."""
