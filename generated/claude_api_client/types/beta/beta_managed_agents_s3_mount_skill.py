# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_s3_mount_skill`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_s3_mount_skill import (
    ManagedAgentsS3MountSkill as BetaManagedAgentsS3MountSkill,
)

__all__ = [
    "BetaManagedAgentsS3MountSkill",
]
