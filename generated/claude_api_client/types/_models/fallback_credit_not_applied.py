# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .fallback_credit_not_applied_reason import FallbackCreditNotAppliedReason


class FallbackCreditNotApplied(APIModel):
    """The fallback credit was not applied."""

    reason: FallbackCreditNotAppliedReason
    """Why the discount was not applied."""
    remove_to_redeem: list[str] | None = None
    """Request fields to drop so that a retry can redeem the token."""
    type: Literal["not_applied"]
    """Always `not_applied`."""
