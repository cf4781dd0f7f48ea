# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_report_page_too_large_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.report_page_too_large_error_details import (
    ReportPageTooLargeErrorDetails as BetaReportPageTooLargeErrorDetails,
)

__all__ = [
    "BetaReportPageTooLargeErrorDetails",
]
