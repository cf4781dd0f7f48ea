# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_thread_status_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_session_thread_status_param import (
    ManagedAgentsSessionThreadStatusParam as ManagedAgentsSessionThreadStatusParam,
)

__all__ = [
    "ManagedAgentsSessionThreadStatusParam",
]
