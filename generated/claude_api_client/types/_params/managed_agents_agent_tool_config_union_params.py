# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_bash_tool_config_params import ManagedAgentsBashToolConfigParams
from .managed_agents_edit_tool_config_params import ManagedAgentsEditToolConfigParams
from .managed_agents_glob_tool_config_params import ManagedAgentsGlobToolConfigParams
from .managed_agents_grep_tool_config_params import ManagedAgentsGrepToolConfigParams
from .managed_agents_read_tool_config_params import ManagedAgentsReadToolConfigParams
from .managed_agents_web_fetch_tool_config_params import (
    ManagedAgentsWebFetchToolConfigParams,
)
from .managed_agents_web_search_tool_config_params import (
    ManagedAgentsWebSearchToolConfigParams,
)
from .managed_agents_write_tool_config_params import ManagedAgentsWriteToolConfigParams

ManagedAgentsAgentToolConfigUnionParams: TypeAlias = (
    ManagedAgentsBashToolConfigParams
    | ManagedAgentsEditToolConfigParams
    | ManagedAgentsReadToolConfigParams
    | ManagedAgentsWriteToolConfigParams
    | ManagedAgentsGlobToolConfigParams
    | ManagedAgentsGrepToolConfigParams
    | ManagedAgentsWebFetchToolConfigParams
    | ManagedAgentsWebSearchToolConfigParams
)
"""
One of the agent tool config union params shapes, told apart by `type`.
"""
