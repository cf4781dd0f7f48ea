# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_seat_tier_scope`: the official path of these types."""

from __future__ import annotations

from ._models.spend_limit_seat_tier_scope import SpendLimitSeatTierScope as SpendLimitSeatTierScope

__all__ = [
    "SpendLimitSeatTierScope",
]
