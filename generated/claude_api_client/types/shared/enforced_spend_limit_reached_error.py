# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.enforced_spend_limit_reached_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import EnforcedSpendLimitReachedError as EnforcedSpendLimitReachedError

__all__ = [
    "EnforcedSpendLimitReachedError",
]
