# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_add_session_resource`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_add_session_resource import (
    ManagedAgentsAddSessionResource as ManagedAgentsAddSessionResource,
)

__all__ = [
    "ManagedAgentsAddSessionResource",
]
