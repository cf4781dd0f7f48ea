# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock


class ManagedAgentsDeploymentUserMessageEvent(APIModel):
    """Deployment user message event."""

    type: Literal["user.message"]
    """Always `user.message`."""
    content: list[ManagedAgentsUserContentBlock]
    """Content of the deployment user message event, as content blocks."""
