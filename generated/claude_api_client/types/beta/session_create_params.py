# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.session_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_create_session_agent_union_params import (
    ManagedAgentsCreateSessionAgentUnionParams as Agent,
)
from .._params.managed_agents_create_session_params import (
    ManagedAgentsCreateSessionParams as SessionCreateParams,
)
from .._params.managed_agents_session_initial_event_params import (
    ManagedAgentsSessionInitialEventParams as InitialEvent,
)
from .._params.managed_agents_session_resource_params import (
    ManagedAgentsSessionResourceParams as Resource,
)

__all__ = [
    "Agent",
    "InitialEvent",
    "Resource",
    "SessionCreateParams",
]
