# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKKeyDisabledErrorDetails(APIModel):
    """The organisation's customer-managed encryption key is disabled."""

    error_code: Literal["cmek_key_disabled"]
    """Always `cmek_key_disabled`."""
