# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_mount_path_conflict_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_mount_path_conflict_error_object import (
    ManagedAgentsMountPathConflictErrorObject as ManagedAgentsMountPathConflictErrorObject,
)

__all__ = [
    "ManagedAgentsMountPathConflictErrorObject",
]
