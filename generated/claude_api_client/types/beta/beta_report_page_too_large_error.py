# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_report_page_too_large_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaReportPageTooLargeError as BetaReportPageTooLargeError

__all__ = [
    "BetaReportPageTooLargeError",
]
