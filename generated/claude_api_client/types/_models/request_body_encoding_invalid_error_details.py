# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RequestBodyEncodingInvalidErrorDetails(APIModel):
    """The request body does not decode with its `content-encoding`."""

    error_code: Literal["request_body_encoding_invalid"]
    """Always `request_body_encoding_invalid`."""
