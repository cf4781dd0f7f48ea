# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .spend_limit_actor import SpendLimitActor
from .spend_limit_period import SpendLimitPeriod
from .spend_limit_scope import SpendLimitScope


class SpendSummary(APIModel):
    """The spend limit in force for someone, and their spend so far."""

    actor: SpendLimitActor
    """Whose spend it is."""
    amount: str | None = None
    """The cap in force as a decimal string; null for no cap."""
    currency: str
    """Currency of the amounts (ISO 4217)."""
    period: SpendLimitPeriod
    """The period."""
    period_to_date_spend: str
    """Spend so far this period, as a decimal string."""
    scope: SpendLimitScope
    """What the limit in force applies to."""
    source: SpendLimitScope
    """Where the limit in force is set (it may be inherited from a wider scope)."""
    spend_limit_id: str
    """ID of the limit in force."""
