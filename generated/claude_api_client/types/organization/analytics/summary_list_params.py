# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics.summary_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.summary_list_params import SummaryListParams as SummaryListParams

__all__ = [
    "SummaryListParams",
]
