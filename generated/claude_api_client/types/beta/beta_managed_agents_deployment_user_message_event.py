# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_deployment_user_message_event`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_deployment_user_message_event import (
    ManagedAgentsDeploymentUserMessageEvent as BetaManagedAgentsDeploymentUserMessageEvent,
)
from .._models.managed_agents_user_content_block import ManagedAgentsUserContentBlock as Content

__all__ = [
    "BetaManagedAgentsDeploymentUserMessageEvent",
    "Content",
]
