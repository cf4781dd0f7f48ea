# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_s3_copy_error_object`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_retry_status import ManagedAgentsRetryStatus as RetryStatus
from ...._models.managed_agents_s3_copy_error_object import (
    ManagedAgentsS3CopyErrorObject as BetaManagedAgentsS3CopyErrorObject,
)

__all__ = [
    "BetaManagedAgentsS3CopyErrorObject",
    "RetryStatus",
]
