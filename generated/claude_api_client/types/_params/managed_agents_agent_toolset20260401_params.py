# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_tool_config_union_params import (
    ManagedAgentsAgentToolConfigUnionParams,
)
from .managed_agents_agent_toolset_default_config_params import (
    ManagedAgentsAgentToolsetDefaultConfigParams,
)


class ManagedAgentsAgentToolset20260401Params(TypedDict):
    """
    Request shape of agent toolset20260401.
    """

    type: Literal["agent_toolset_20260401"]
    """
    Always `agent_toolset_20260401`.
    """
    default_config: NotRequired[ManagedAgentsAgentToolsetDefaultConfigParams | None]
    """
    Settings applied to every tool of the set unless overridden.
    """
    configs: NotRequired[Sequence[ManagedAgentsAgentToolConfigUnionParams]]
    """
    Per-tool overrides of the default settings.
    """
