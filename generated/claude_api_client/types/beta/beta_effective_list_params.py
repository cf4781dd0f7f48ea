# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_effective_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_effective_list_params import BetaEffectiveListParams as BetaEffectiveListParams

__all__ = [
    "BetaEffectiveListParams",
]
