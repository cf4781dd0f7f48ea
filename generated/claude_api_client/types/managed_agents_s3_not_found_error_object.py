# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_s3_not_found_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_s3_not_found_error_object import (
    ManagedAgentsS3NotFoundErrorObject as ManagedAgentsS3NotFoundErrorObject,
)

__all__ = [
    "ManagedAgentsS3NotFoundErrorObject",
]
