# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class APIKeyScopeMissingErrorDetails(APIModel):
    """The API key lacks the scope this operation needs."""

    error_code: Literal["api_key_scope_missing"]
    """Always `api_key_scope_missing`."""
