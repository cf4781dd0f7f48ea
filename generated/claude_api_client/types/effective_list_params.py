# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.effective_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.effective_list_params import EffectiveListParams as EffectiveListParams

__all__ = [
    "EffectiveListParams",
]
