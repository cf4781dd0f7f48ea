# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsBillingError(APIModel):
    """Billing error."""

    type: Literal["billing_error"]
    """Always `billing_error`."""
    message: str
    """Human-readable message."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
