# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RequestBodyEncodingUnsupportedErrorDetails(APIModel):
    """The request body's `content-encoding` is not supported."""

    error_code: Literal["request_body_encoding_unsupported"]
    """Always `request_body_encoding_unsupported`."""
