# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CMEKContextUnavailableErrorDetails(APIModel):
    """The customer-managed encryption context is unavailable for now."""

    error_code: Literal["cmek_context_unavailable"]
    """Always `cmek_context_unavailable`."""
