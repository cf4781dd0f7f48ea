# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.session_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_create_session_params import (
    ManagedAgentsCreateSessionParams as SessionCreateParams,
)

__all__ = [
    "SessionCreateParams",
]
