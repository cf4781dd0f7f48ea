# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsWorkingDirectoryErrorObject(APIModel):
    """Bedrock: the session's working directory could not be prepared."""

    message: str
    """What went wrong, for a person to read."""
    path: str | None = None
    """The path concerned, when there is one."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
    type: Literal["working_directory_error"]
    """Always `working_directory_error`."""
