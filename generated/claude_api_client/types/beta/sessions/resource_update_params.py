# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.resource_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.managed_agents_update_session_resource_params import (
    ManagedAgentsUpdateSessionResourceParams as ResourceUpdateParams,
)

__all__ = [
    "ResourceUpdateParams",
]
