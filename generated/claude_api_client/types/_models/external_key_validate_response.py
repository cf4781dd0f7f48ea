# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .external_key_validate_response_status import ExternalKeyValidateResponseStatus


class ExternalKeyValidateResponse(APIModel):
    """Whether Anthropic can use the key."""

    error: str | None = None
    """What went wrong; null on success."""
    status: ExternalKeyValidateResponseStatus
    """The outcome."""
    type: Literal["external_key_validation"]
    """Always `external_key_validation`."""
