# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .refusal_category import RefusalCategory


class RefusalStopDetails(APIModel):
    """Details of a refusal."""

    category: RefusalCategory | None = None
    """Policy category that triggered the refusal; null when none applies."""
    explanation: str | None = None
    """Readable explanation of the refusal; not stable text."""
    type: Literal["refusal"]
    """Always `refusal`."""
    fallback_credit_token: str | None = None
    """Token that discounts a retry of this request on the fallback model."""
    fallback_has_prefill_claim: bool | None = None
    """Whether the credit token may be redeemed by a retry that appends an assistant turn."""
    recommended_model: str | None = None
    """Model the server suggests retrying on, when it could not fall back itself."""
