# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyValidationTimedOutErrorDetails(APIModel):
    """Validating the customer-managed encryption key took too long."""

    error_code: Literal["external_key_validation_timed_out"]
    """Always `external_key_validation_timed_out`."""
