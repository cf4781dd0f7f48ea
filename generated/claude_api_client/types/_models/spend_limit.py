# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .spend_limit_period import SpendLimitPeriod
from .spend_limit_scope import SpendLimitScope


class SpendLimit(APIModel):
    """A cap on spend over a period."""

    id: str
    """ID of the limit."""
    amount: str | None = None
    """The cap as a decimal string in `currency`; null for no cap."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    currency: str
    """Currency of the amount (ISO 4217)."""
    is_enabled: bool
    """Whether the cap is enforced."""
    period: SpendLimitPeriod
    """The period it resets over."""
    scope: SpendLimitScope
    """What it applies to."""
    type: Literal["spend_limit"]
    """Always `spend_limit`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
