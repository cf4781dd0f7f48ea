# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ReportPageTooLargeErrorDetails(APIModel):
    """The page of the report asked for holds more usage than a page can; ask for a lower `limit` and page on."""

    error_code: Literal["report_page_too_large"]
    """Always `report_page_too_large`."""
