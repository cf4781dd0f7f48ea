# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_model import ManagedAgentsModel


class ManagedAgentsBedrockAgentListItemModel(APIModel):
    """Bedrock: the model of an agent in an agent list, by ID only."""

    id: ManagedAgentsModel
    """The model's ID or inference profile, such as `us.anthropic.claude-sonnet-4-5-20250929-v1:0`."""
