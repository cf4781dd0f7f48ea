# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cost_report_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.cost_report_list_params import CostReportListParams as CostReportListParams

__all__ = [
    "CostReportListParams",
]
