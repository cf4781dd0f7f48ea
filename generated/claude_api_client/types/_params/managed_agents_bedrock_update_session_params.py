# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_bedrock_session_agent_update_param import (
    ManagedAgentsBedrockSessionAgentUpdateParam,
)
from .managed_agents_budget_param import ManagedAgentsBudgetParam


class ManagedAgentsBedrockUpdateSessionParams(TypedDict):
    """
    Bedrock: request body that changes a session.
    """

    title: NotRequired[str | None]
    """
    Title of the session; null when none.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Your own key-value labels on the session.
    """
    agent: NotRequired[ManagedAgentsBedrockSessionAgentUpdateParam | None]
    """
    What changes of the agent the session runs (only its tools and MCP servers, while the session is not running); null changes nothing.
    """
    budget: NotRequired[ManagedAgentsBudgetParam | None]
    """
    Spending limits of the session.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
