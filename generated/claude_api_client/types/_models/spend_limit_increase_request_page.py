# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .spend_limit_increase_request import SpendLimitIncreaseRequest


class SpendLimitIncreaseRequestPage(APIModel):
    """One page of increase requests."""

    data: list[SpendLimitIncreaseRequest]
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
