# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock.beta_managed_agents_s3_object_resource`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_s3_object_resource import (
    ManagedAgentsS3ObjectResource as BetaManagedAgentsS3ObjectResource,
)

__all__ = [
    "BetaManagedAgentsS3ObjectResource",
]
