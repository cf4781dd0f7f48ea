# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_agent_tool_config_union import ManagedAgentsAgentToolConfigUnion
from .managed_agents_agent_toolset_default_config import (
    ManagedAgentsAgentToolsetDefaultConfig,
)


class ManagedAgentsAgentToolset20260401(APIModel):
    """Agent toolset20260401."""

    type: Literal["agent_toolset_20260401"]
    """Always `agent_toolset_20260401`."""
    default_config: ManagedAgentsAgentToolsetDefaultConfig
    """Settings applied to every tool of the set unless overridden."""
    configs: list[ManagedAgentsAgentToolConfigUnion]
    """Per-tool overrides of the default settings."""
