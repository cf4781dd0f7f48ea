# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_model_request_failed_error`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_model_request_failed_error import (
    ManagedAgentsModelRequestFailedError as BetaManagedAgentsModelRequestFailedError,
)
from ..._models.managed_agents_retry_status import ManagedAgentsRetryStatus as RetryStatus

__all__ = [
    "BetaManagedAgentsModelRequestFailedError",
    "RetryStatus",
]
