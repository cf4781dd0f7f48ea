# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_s3_mount_resource_mount_as`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_s3_mount_resource_mount_as import (
    ManagedAgentsS3MountResourceMountAs as BetaManagedAgentsS3MountResourceMountAs,
)

__all__ = [
    "BetaManagedAgentsS3MountResourceMountAs",
]
