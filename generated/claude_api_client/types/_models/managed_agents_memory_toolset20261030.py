# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_toolset_default_config import (
    ManagedAgentsAgentToolsetDefaultConfig,
)
from .managed_agents_memory_tool_config import ManagedAgentsMemoryToolConfig


class ManagedAgentsMemoryToolset20261030(APIModel):
    """Bedrock: the memory toolset (2026-10-30), tools that read and write the session's memory stores."""

    configs: list[ManagedAgentsMemoryToolConfig]
    """Settings of single tools, over the default."""
    default_config: ManagedAgentsAgentToolsetDefaultConfig
    """Settings of every tool not in `configs`."""
    type: Literal["memory_toolset_20261030"]
    """Always `memory_toolset_20261030`."""
