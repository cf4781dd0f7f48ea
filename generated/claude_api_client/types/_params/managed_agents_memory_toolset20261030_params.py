# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_toolset_default_config_params import (
    ManagedAgentsAgentToolsetDefaultConfigParams,
)
from .managed_agents_memory_tool_config_params import (
    ManagedAgentsMemoryToolConfigParams,
)


class ManagedAgentsMemoryToolset20261030Params(TypedDict):
    """
    Bedrock: the memory toolset (2026-10-30) as a request enables it: tools that read and write the session's memory stores.
    """

    type: Literal["memory_toolset_20261030"]
    """
    Always `memory_toolset_20261030`.
    """
    configs: NotRequired[Sequence[ManagedAgentsMemoryToolConfigParams] | None]
    """
    Settings of single tools, over the default.
    """
    default_config: NotRequired[ManagedAgentsAgentToolsetDefaultConfigParams | None]
    """
    Settings of every tool not in `configs`.
    """
