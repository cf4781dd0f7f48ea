# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RequestBodyTooLargeAfterDecodingErrorDetails(APIModel):
    """The request body is over the size limit once decompressed."""

    error_code: Literal["request_body_too_large_after_decoding"]
    """Always `request_body_too_large_after_decoding`."""
