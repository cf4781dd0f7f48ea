# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyValidationFailedErrorDetails(APIModel):
    """The customer-managed encryption key failed its validation."""

    error_code: Literal["external_key_validation_failed"]
    """Always `external_key_validation_failed`."""
