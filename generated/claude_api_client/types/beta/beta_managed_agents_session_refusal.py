# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_session_refusal`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_session_refusal import (
    ManagedAgentsSessionRefusal as BetaManagedAgentsSessionRefusal,
)

__all__ = [
    "BetaManagedAgentsSessionRefusal",
]
