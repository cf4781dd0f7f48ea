# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .fallback_credit_not_applied_reason import FallbackCreditNotAppliedReason


class FallbackCreditNotApplied(APIModel):
    """The fallback credit was not applied."""

    reason: FallbackCreditNotAppliedReason
    remove_to_redeem: list[str] | None = None
    type: Literal["not_applied"]
