# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_session_multiagent_20261001`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_session_multiagent20261001 import (
    ManagedAgentsSessionMultiagent20261001 as ManagedAgentsSessionMultiagent20261001,
)

__all__ = [
    "ManagedAgentsSessionMultiagent20261001",
]
