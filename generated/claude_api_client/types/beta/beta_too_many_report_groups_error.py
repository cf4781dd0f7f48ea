# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_too_many_report_groups_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaTooManyReportGroupsError as BetaTooManyReportGroupsError

__all__ = [
    "BetaTooManyReportGroupsError",
]
