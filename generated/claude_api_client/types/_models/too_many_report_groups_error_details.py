# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class TooManyReportGroupsErrorDetails(APIModel):
    """A day of the report has usage in more groups than the report can return (the message names the endpoint to use)."""

    error_code: Literal["too_many_report_groups"]
    """Always `too_many_report_groups`."""
