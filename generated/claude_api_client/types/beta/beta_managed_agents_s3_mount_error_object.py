# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_s3_mount_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_s3_mount_error_object import (
    ManagedAgentsS3MountErrorObject as BetaManagedAgentsS3MountErrorObject,
)

__all__ = [
    "BetaManagedAgentsS3MountErrorObject",
]
