# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_refusal_category`: the official path of these types."""

from __future__ import annotations

from .._models.refusal_category import RefusalCategory as BetaRefusalCategory

__all__ = [
    "BetaRefusalCategory",
]
