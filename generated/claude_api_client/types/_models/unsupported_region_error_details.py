# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UnsupportedRegionErrorDetails(APIModel):
    """The storage is in a region the API does not support."""

    error_code: Literal["unsupported_region"]
    """Always `unsupported_region`."""
