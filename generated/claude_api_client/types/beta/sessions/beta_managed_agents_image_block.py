# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.sessions.beta_managed_agents_image_block`: the official path of these types."""

from __future__ import annotations

from ..._models.managed_agents_image_block import (
    ManagedAgentsImageBlock as BetaManagedAgentsImageBlock,
)
from ..._models.managed_agents_image_source import ManagedAgentsImageSource as Source

__all__ = [
    "BetaManagedAgentsImageBlock",
    "Source",
]
