# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_user_content_block import ManagedAgentsUserContentBlock


class ManagedAgentsDeploymentUserMessageEvent(APIModel):
    """Deployment user message event."""

    type: Literal["user.message"]
    """Object type tag."""
    content: list[ManagedAgentsUserContentBlock]
    """Content blocks."""
