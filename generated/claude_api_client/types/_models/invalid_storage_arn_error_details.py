# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InvalidStorageARNErrorDetails(APIModel):
    """The storage ARN given is not a valid one."""

    error_code: Literal["invalid_storage_arn"]
    """Always `invalid_storage_arn`."""
