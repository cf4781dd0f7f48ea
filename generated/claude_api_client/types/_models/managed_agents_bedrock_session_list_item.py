# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .managed_agents_bedrock_session_list_item_agent import (
    ManagedAgentsBedrockSessionListItemAgent,
)
from .managed_agents_bedrock_session_list_item_memory_store_resource import (
    ManagedAgentsBedrockSessionListItemMemoryStoreResource,
)
from .managed_agents_bedrock_session_list_item_usage import (
    ManagedAgentsBedrockSessionListItemUsage,
)
from .managed_agents_session_status import ManagedAgentsSessionStatus


class ManagedAgentsBedrockSessionListItem(APIModel):
    """Bedrock: a session as its list shows it."""

    type: Literal["session"]
    """Always `session`."""
    id: str
    """ID of the session."""
    status: ManagedAgentsSessionStatus
    """Current status."""
    title: str | None = None
    """Title of the session, or null."""
    agent: ManagedAgentsBedrockSessionListItemAgent
    """The agent the session runs."""
    resources: list[ManagedAgentsBedrockSessionListItemMemoryStoreResource] | None = None
    """The memory stores attached to the session."""
    created_by_me: bool | None = None
    """Whether the caller created the session."""
    resource_arn: str | None = None
    """ARN of the session in AWS, or null."""
    usage: ManagedAgentsBedrockSessionListItemUsage | None = None
    """Tokens the session has used so far, or null."""
    created_at: WireDateTime
    """When the session was created (RFC 3339)."""
    updated_at: WireDateTime
    """When the session last changed (RFC 3339)."""
    archived_at: WireDateTime | None = None
    """When the session was archived (RFC 3339), or null."""
