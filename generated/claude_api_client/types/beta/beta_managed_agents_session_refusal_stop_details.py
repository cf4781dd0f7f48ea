# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_session_refusal_stop_details`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_session_refusal_stop_details import (
    ManagedAgentsSessionRefusalStopDetails as BetaManagedAgentsSessionRefusalStopDetails,
)

__all__ = [
    "BetaManagedAgentsSessionRefusalStopDetails",
]
