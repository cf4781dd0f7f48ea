# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_tool_result_content_block`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_tool_result_content_block import (
    ManagedAgentsToolResultContentBlock as BetaManagedAgentsToolResultContentBlock,
)

__all__ = [
    "BetaManagedAgentsToolResultContentBlock",
]
