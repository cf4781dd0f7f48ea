# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UnsupportedCharsetErrorDetails(APIModel):
    """The `Content-Type` charset is not UTF-8, ISO-8859-1 or US-ASCII; send one of those, or none."""

    error_code: Literal["unsupported_charset"]
    """Always `unsupported_charset`."""
