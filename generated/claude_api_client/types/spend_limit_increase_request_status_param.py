# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_increase_request_status_param`: the official path of these types."""

from __future__ import annotations

from ._params.spend_limit_increase_request_status_param import (
    SpendLimitIncreaseRequestStatusParam as SpendLimitIncreaseRequestStatusParam,
)

__all__ = [
    "SpendLimitIncreaseRequestStatusParam",
]
