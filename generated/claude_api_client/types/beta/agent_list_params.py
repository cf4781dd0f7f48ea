# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.agent_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.agent_list_params import AgentListParams as AgentListParams

__all__ = [
    "AgentListParams",
]
