# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_agent_tool_params import ManagedAgentsAgentToolParams
from .managed_agents_mcp_server_params import ManagedAgentsMCPServerParams
from .managed_agents_model_params import ManagedAgentsModelParams
from .managed_agents_skill_params import ManagedAgentsSkillParams


class ManagedAgentsAgentWithOverridesParams(TypedDict):
    """
    Request shape of agent with overrides.
    """

    type: Literal["agent_with_overrides"]
    """
    Object type tag.
    """
    id: str
    """
    Unique identifier.
    """
    version: NotRequired[int]
    """
    Version number.
    """
    model: NotRequired[ManagedAgentsModelParams]
    """
    Model used.
    """
    system: NotRequired[str | None]
    """
    System prompt.
    """
    tools: NotRequired[Sequence[ManagedAgentsAgentToolParams]]
    """
    Tools available.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsMCPServerParams]]
    """
    MCP servers reachable.
    """
    skills: NotRequired[Sequence[ManagedAgentsSkillParams]]
    """
    Skills available.
    """
