# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.resource_retrieve_response`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_get_session_resource import (
    ManagedAgentsGetSessionResource as ResourceRetrieveResponse,
)

__all__ = [
    "ResourceRetrieveResponse",
]
