# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_auto_policy_param`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_auto_policy_param import (
    ManagedAgentsAutoPolicyParam as ManagedAgentsAutoPolicyParam,
)

__all__ = [
    "ManagedAgentsAutoPolicyParam",
]
