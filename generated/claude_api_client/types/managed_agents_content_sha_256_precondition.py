# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_content_sha_256_precondition`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_content_sha256_precondition_param import (
    ManagedAgentsContentSha256PreconditionParam as ManagedAgentsContentSha256Precondition,
)

__all__ = [
    "ManagedAgentsContentSha256Precondition",
]
