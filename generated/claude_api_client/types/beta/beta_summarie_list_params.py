# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_summarie_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.summarie_list_params import SummarieListParams as BetaSummarieListParams

__all__ = [
    "BetaSummarieListParams",
]
