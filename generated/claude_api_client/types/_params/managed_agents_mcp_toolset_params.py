# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_mcp_tool_config_params import ManagedAgentsMCPToolConfigParams
from .managed_agents_mcp_toolset_default_config_params import (
    ManagedAgentsMCPToolsetDefaultConfigParams,
)


class ManagedAgentsMCPToolsetParams(TypedDict):
    """
    Request shape of mcptoolset.
    """

    type: Literal["mcp_toolset"]
    """
    Always `mcp_toolset`.
    """
    mcp_server_name: str
    """
    Name of the MCP server, as the agent declares it.
    """
    default_config: NotRequired[ManagedAgentsMCPToolsetDefaultConfigParams | None]
    """
    Settings applied to every tool of the set unless overridden.
    """
    configs: NotRequired[Sequence[ManagedAgentsMCPToolConfigParams]]
    """
    Per-tool overrides of the default settings.
    """
