# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.usage_report_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.usage_report_list_params import UsageReportListParams as UsageReportListParams

__all__ = [
    "UsageReportListParams",
]
