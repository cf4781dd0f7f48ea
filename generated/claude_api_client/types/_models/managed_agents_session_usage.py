# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_cache_creation_usage import ManagedAgentsCacheCreationUsage
from .managed_agents_server_tool_usage import ManagedAgentsServerToolUsage
from .monetary_amount import MonetaryAmount


class ManagedAgentsSessionUsage(APIModel):
    """Session usage."""

    input_tokens: int | None = None
    """Input tokens used."""
    output_tokens: int | None = None
    """Output tokens produced."""
    cache_read_input_tokens: int | None = None
    """Input tokens read from the prompt cache."""
    cache_creation: ManagedAgentsCacheCreationUsage | None = None
    """Prompt-cache writes, by cache lifetime."""
    list_cost: MonetaryAmount | None = None
    """Cost at list price."""
    server_tool_use: ManagedAgentsServerToolUsage | None = None
    """Server tool calls made."""
    active_seconds: float | None = None
    """Seconds spent actively working."""
