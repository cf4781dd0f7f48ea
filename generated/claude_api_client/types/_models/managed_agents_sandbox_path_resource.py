# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsSandboxPathResource(APIModel):
    """Bedrock: a path of the sandbox the session uses as a resource."""

    id: str
    """ID of the sandbox path resource."""
    created_at: Timestamp
    """When it was created (RFC 3339)."""
    description: str | None = None
    """What the resource holds, for the agent, or null."""
    instructions: str | None = None
    """How the agent should use the resource, or null."""
    is_output: bool
    """Whether what the session writes there is its output."""
    path: str
    """The path in the sandbox."""
    type: Literal["sandbox_path"]
    """Always `sandbox_path`."""
    updated_at: Timestamp
    """When it last changed (RFC 3339)."""
