# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsS3MountErrorObject(APIModel):
    """Bedrock: mounting an S3 location into the sandbox failed."""

    message: str
    """What went wrong, for a person to read."""
    path: str | None = None
    """The path concerned, when there is one."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
    type: Literal["s3_mount_error"]
    """Always `s3_mount_error`."""
