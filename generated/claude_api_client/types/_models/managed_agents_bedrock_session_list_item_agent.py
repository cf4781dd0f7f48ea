# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBedrockSessionListItemAgent(APIModel):
    """Bedrock: the agent of a session in a session list, by ID and version."""

    id: str
    """ID of the agent."""
    version: int
    """Version of the agent the session runs."""
