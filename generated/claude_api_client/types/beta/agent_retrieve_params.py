# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.agent_retrieve_params`: the official path of these types."""

from __future__ import annotations

from .._params.agent_retrieve_params import AgentRetrieveParams as AgentRetrieveParams

__all__ = [
    "AgentRetrieveParams",
]
