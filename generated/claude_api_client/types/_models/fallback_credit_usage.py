# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .fallback_credit_status import FallbackCreditStatus


class FallbackCreditUsage(APIModel):
    """Outcome of redeeming a fallback credit token."""

    status: FallbackCreditStatus
    """Outcome, told apart by `type`."""
