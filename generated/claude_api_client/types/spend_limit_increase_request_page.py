# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_increase_request_page`: the official path of these types."""

from __future__ import annotations

from ._models.spend_limit_increase_request_page import (
    SpendLimitIncreaseRequestPage as SpendLimitIncreaseRequestPage,
)

__all__ = [
    "SpendLimitIncreaseRequestPage",
]
