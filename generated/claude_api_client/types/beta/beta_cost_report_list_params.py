# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cost_report_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.cost_report_list_params import CostReportListParams as BetaCostReportListParams

__all__ = [
    "BetaCostReportListParams",
]
