# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsMountPathConflictErrorObject(APIModel):
    """Bedrock: two resources of the session claim the same mount path."""

    message: str
    """What went wrong, for a person to read."""
    path: str | None = None
    """The path concerned, when there is one."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
    type: Literal["mount_path_conflict_error"]
    """Always `mount_path_conflict_error`."""
