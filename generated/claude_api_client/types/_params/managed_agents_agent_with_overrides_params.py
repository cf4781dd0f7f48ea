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
    Always `agent_with_overrides`.
    """
    id: str
    """
    ID of the agent with overrides.
    """
    version: NotRequired[int]
    """
    Version of the agent with overrides.
    """
    model: NotRequired[ManagedAgentsModelParams]
    """
    The model the agent with overrides runs on.
    """
    system: NotRequired[str | None]
    """
    System prompt of the agent with overrides; null when none.
    """
    tools: NotRequired[Sequence[ManagedAgentsAgentToolParams]]
    """
    Tools the agent with overrides offers the model.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsMCPServerParams]]
    """
    MCP servers the agent with overrides can reach.
    """
    skills: NotRequired[Sequence[ManagedAgentsSkillParams]]
    """
    Skills the agent with overrides can load.
    """
