# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.summary_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_summary_list_params import BetaSummaryListParams as SummaryListParams

__all__ = [
    "SummaryListParams",
]
