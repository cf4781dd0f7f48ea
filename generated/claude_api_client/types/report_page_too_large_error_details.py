# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.report_page_too_large_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.report_page_too_large_error_details import (
    ReportPageTooLargeErrorDetails as ReportPageTooLargeErrorDetails,
)

__all__ = [
    "ReportPageTooLargeErrorDetails",
]
