# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_s3_mount_resource_mount_as import (
    ManagedAgentsS3MountResourceMountAs,
)
from .timestamp import Timestamp


class ManagedAgentsS3MountResource(APIModel):
    """Bedrock: an S3 prefix mounted into the session's sandbox."""

    id: str
    """ID of the s3 mount resource."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    description: str | None = None
    """What the resource holds, for the agent, or null."""
    instructions: str | None = None
    """How the agent should use the resource, or null."""
    is_output: bool
    """Whether what the session writes there is its output."""
    mount_as: ManagedAgentsS3MountResourceMountAs
    """Whether the session may write to the mount."""
    mount_path: str
    """Where the prefix appears in the sandbox."""
    region: str
    """AWS region of the bucket."""
    s3_uri: str
    """The `s3://` URI of the prefix."""
    type: Literal["s3_mount"]
    """Always `s3_mount`."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
