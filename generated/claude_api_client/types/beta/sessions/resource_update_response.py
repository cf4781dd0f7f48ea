# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.resource_update_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_update_session_resource import (
    ManagedAgentsUpdateSessionResource as ResourceUpdateResponse,
)

__all__ = [
    "ResourceUpdateResponse",
]
