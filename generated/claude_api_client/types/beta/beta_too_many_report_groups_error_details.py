# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_too_many_report_groups_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.too_many_report_groups_error_details import (
    TooManyReportGroupsErrorDetails as BetaTooManyReportGroupsErrorDetails,
)

__all__ = [
    "BetaTooManyReportGroupsErrorDetails",
]
