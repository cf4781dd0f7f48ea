# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_cost_report_list_params`: the official path of these types."""

from __future__ import annotations

from ._params.user_cost_report_list_params import (
    UserCostReportListParams as UserCostReportListParams,
)

__all__ = [
    "UserCostReportListParams",
]
