# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsS3ObjectResource(APIModel):
    """Bedrock: one S3 object copied into the session's sandbox."""

    id: str
    """ID of the s3 object resource."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    description: str | None = None
    """What the resource holds, for the agent, or null."""
    instructions: str | None = None
    """How the agent should use the resource, or null."""
    mount_path: str
    """Where the object appears in the sandbox."""
    region: str
    """AWS region of the bucket."""
    s3_uri: str
    """The `s3://` URI of the object."""
    type: Literal["s3_object"]
    """Always `s3_object`."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
