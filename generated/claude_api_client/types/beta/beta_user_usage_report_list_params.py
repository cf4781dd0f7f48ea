# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_usage_report_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.user_usage_report_list_params import (
    UserUsageReportListParams as BetaUserUsageReportListParams,
)

__all__ = [
    "BetaUserUsageReportListParams",
]
