# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .thread_unsupported_request_error_details_unsupported import (
    ThreadUnsupportedRequestErrorDetailsUnsupported,
)


class ThreadUnsupportedRequestErrorDetails(APIModel):
    """The request uses features a thread cannot carry (listed in `unsupported`)."""

    error_code: Literal["thread_unsupported_request"]
    """Always `thread_unsupported_request`."""
    unsupported: list[ThreadUnsupportedRequestErrorDetailsUnsupported] | None = None
    """The features that thread requests cannot use."""
