# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKKeyUnreachableErrorDetails(APIModel):
    """The customer-managed encryption key is unreachable for now."""

    error_code: Literal["cmek_key_unreachable"]
    """Always `cmek_key_unreachable`."""
