# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .spend_limit import SpendLimit
from .spend_limit_actor import SpendLimitActor
from .spend_limit_increase_request_status import SpendLimitIncreaseRequestStatus
from .spend_limit_period import SpendLimitPeriod
from .spend_summary import SpendSummary


class IncreaseRequestApproveResponse(APIModel):
    """An approved request, with the limit it set."""

    id: str
    """ID of the request."""
    actor: SpendLimitActor
    """Who asked."""
    created_at: WireDateTime
    """When they asked (RFC 3339)."""
    period: SpendLimitPeriod
    """The period of the limit they want raised."""
    resolved_at: WireDateTime | None = None
    """When it was approved or denied; null while pending."""
    resolved_by: SpendLimitActor | None = None
    """Who approved or denied it."""
    spend_summary: SpendSummary | None = None
    """Their spend and limit when they asked."""
    status: SpendLimitIncreaseRequestStatus
    """Where it stands (`approved`)."""
    type: Literal["spend_limit_increase_request"]
    """Always `spend_limit_increase_request`."""
    spend_limit: SpendLimit | None = None
    """The limit the approval set."""
