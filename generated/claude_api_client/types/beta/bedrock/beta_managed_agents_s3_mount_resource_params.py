# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_s3_mount_resource_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_s3_mount_resource_params import (
    ManagedAgentsS3MountResourceParams as BetaManagedAgentsS3MountResourceParams,
)

__all__ = [
    "BetaManagedAgentsS3MountResourceParams",
]
