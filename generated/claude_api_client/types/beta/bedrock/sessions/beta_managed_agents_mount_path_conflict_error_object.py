# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.sessions.beta_managed_agents_mount_path_conflict_error_object`: the official path of these types."""

from __future__ import annotations

from ...._models.managed_agents_mount_path_conflict_error_object import (
    ManagedAgentsMountPathConflictErrorObject as BetaManagedAgentsMountPathConflictErrorObject,
)
from ...._models.managed_agents_retry_status import ManagedAgentsRetryStatus as RetryStatus

__all__ = [
    "BetaManagedAgentsMountPathConflictErrorObject",
    "RetryStatus",
]
