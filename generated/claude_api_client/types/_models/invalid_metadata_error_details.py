# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InvalidMetadataErrorDetails(APIModel):
    """`metadata` has too many keys, a key or value that is too long, or a reserved key (the message names each problem)."""

    error_code: Literal["invalid_metadata"]
    """Always `invalid_metadata`."""
