# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyProviderMismatchErrorDetails(APIModel):
    """The External Key lives in a key management service this endpoint does not accept (the message names the one it does)."""

    error_code: Literal["external_key_provider_mismatch"]
    """Always `external_key_provider_mismatch`."""
