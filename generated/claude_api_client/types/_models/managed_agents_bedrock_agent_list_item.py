# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_bedrock_agent_list_item_model import (
    ManagedAgentsBedrockAgentListItemModel,
)


class ManagedAgentsBedrockAgentListItem(APIModel):
    """Bedrock: an agent as its lists show it (agents.list, agents.versions.list), the configuration left out."""

    type: Literal["agent"]
    """Always `agent`."""
    id: str
    """ID of the agent."""
    version: int
    """Version of the agent."""
    name: str
    """Name of the agent."""
    model: ManagedAgentsBedrockAgentListItemModel
    """The inference profile the agent runs on."""
    resource_arn: str | None = None
    """ARN of the agent in AWS, or null."""
    created_at: WireDateTime
    """When the agent was created (RFC 3339)."""
    updated_at: WireDateTime
    """When the agent last changed (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When the agent was archived (RFC 3339), or null."""
