# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_summary_page`: the official path of these types."""

from __future__ import annotations

from ._models.spend_summary_page import SpendSummaryPage as SpendSummaryPage

__all__ = [
    "SpendSummaryPage",
]
