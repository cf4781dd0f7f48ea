# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.spend_limits.spend_limit_increase_request`: the official path of these types."""

from __future__ import annotations

from ..._models.spend_limit_increase_request import (
    SpendLimitIncreaseRequest as SpendLimitIncreaseRequest,
)

__all__ = [
    "SpendLimitIncreaseRequest",
]
