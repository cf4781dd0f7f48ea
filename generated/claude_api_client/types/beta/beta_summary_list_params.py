# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_summary_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.summary_list_params import SummaryListParams as BetaSummaryListParams

__all__ = [
    "BetaSummaryListParams",
]
