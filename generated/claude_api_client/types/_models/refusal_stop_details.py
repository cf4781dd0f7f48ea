# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .refusal_category import RefusalCategory


class RefusalStopDetails(APIModel):
    """Details of a refusal."""

    category: RefusalCategory | None = None
    explanation: str | None = None
    type: Literal["refusal"]
    fallback_credit_token: str | None = None
    fallback_has_prefill_claim: bool | None = None
    recommended_model: str | None = None
