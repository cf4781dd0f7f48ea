# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_system_content_block import ManagedAgentsSystemContentBlock


class ManagedAgentsDeploymentSystemMessageEvent(APIModel):
    """Deployment system message event."""

    type: Literal["system.message"]
    """Always `system.message`."""
    content: list[ManagedAgentsSystemContentBlock]
    """Content of the deployment system message event, as content blocks."""
