# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_s3_object_resource_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_s3_object_resource_params import (
    ManagedAgentsS3ObjectResourceParams as ManagedAgentsS3ObjectResourceParams,
)

__all__ = [
    "ManagedAgentsS3ObjectResourceParams",
]
