# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsRepositoryCloneError(APIModel):
    """Cloning the repository failed."""

    type: Literal["repository_clone_error"]
    """Always `repository_clone_error`."""
    message: str
    """Human-readable message."""
    repository_url: str | None = None
    """URL of the repository that could not be cloned; null when it could not be told."""
    retry_status: ManagedAgentsRetryStatus
    """What to do next; always `retrying`, as the session goes on without the repository."""
