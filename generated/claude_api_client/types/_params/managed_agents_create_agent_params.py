# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_agent_tool_params import ManagedAgentsAgentToolParams
from .managed_agents_execution_identity_params import (
    ManagedAgentsExecutionIdentityParams,
)
from .managed_agents_mcp_server_params import ManagedAgentsMCPServerParams
from .managed_agents_model_params import ManagedAgentsModelParams
from .managed_agents_multiagent_params import ManagedAgentsMultiagentParams
from .managed_agents_skill_params import ManagedAgentsSkillParams


class ManagedAgentsCreateAgentParams(TypedDict):
    """
    Request body that creates an agent.
    """

    execution_identity: NotRequired[ManagedAgentsExecutionIdentityParams | None]
    """
    Whose identity the agent's runs act under (default `service_account`); added from the official 2.16 package, not in the 2026-08 reference.
    """
    name: str
    """
    Name of the agent.
    """
    model: ManagedAgentsModelParams
    """
    The model the agent runs on.
    """
    description: NotRequired[str | None]
    """
    What the agent is for, in your own words; null when not given.
    """
    system: NotRequired[str | None]
    """
    System prompt of the agent; null when none.
    """
    tools: NotRequired[Sequence[ManagedAgentsAgentToolParams]]
    """
    Tools the agent offers the model.
    """
    mcp_servers: NotRequired[Sequence[ManagedAgentsMCPServerParams]]
    """
    MCP servers the agent can reach.
    """
    skills: NotRequired[Sequence[ManagedAgentsSkillParams]]
    """
    Skills the agent can load.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels on the agent.
    """
    multiagent: NotRequired[ManagedAgentsMultiagentParams | None]
    """
    How the agent delegates to other agents, or null.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
