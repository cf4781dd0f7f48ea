# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsS3CopyErrorObject(APIModel):
    """Bedrock: copying from S3 into the sandbox failed."""

    message: str
    """What went wrong, for a person to read."""
    path: str | None = None
    """The path concerned, when there is one."""
    retry_status: ManagedAgentsRetryStatus
    """Whether the API will retry."""
    type: Literal["s3_copy_error"]
    """Always `s3_copy_error`."""
