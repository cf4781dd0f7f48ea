# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKKeyNetworkBlockedErrorDetails(APIModel):
    """The customer-managed encryption key cannot be reached through the key owner's network rules."""

    error_code: Literal["cmek_key_network_blocked"]
    """Always `cmek_key_network_blocked`."""
