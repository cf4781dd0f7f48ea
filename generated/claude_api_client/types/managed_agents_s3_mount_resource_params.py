# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_s3_mount_resource_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_s3_mount_resource_params import (
    ManagedAgentsS3MountResourceParams as ManagedAgentsS3MountResourceParams,
)

__all__ = [
    "ManagedAgentsS3MountResourceParams",
]
