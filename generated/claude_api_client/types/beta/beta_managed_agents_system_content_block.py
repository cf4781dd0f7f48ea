# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_system_content_block`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_text_block import (
    ManagedAgentsTextBlock as BetaManagedAgentsSystemContentBlock,
)

__all__ = [
    "BetaManagedAgentsSystemContentBlock",
]
