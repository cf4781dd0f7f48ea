# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_bedrock_mcp_elicitation_accept_param import (
    ManagedAgentsBedrockMCPElicitationAcceptParam,
)
from .managed_agents_bedrock_mcp_elicitation_cancel_param import (
    ManagedAgentsBedrockMCPElicitationCancelParam,
)
from .managed_agents_bedrock_mcp_elicitation_decline_param import (
    ManagedAgentsBedrockMCPElicitationDeclineParam,
)

ManagedAgentsBedrockMCPElicitationResponseParam: TypeAlias = (
    ManagedAgentsBedrockMCPElicitationAcceptParam
    | ManagedAgentsBedrockMCPElicitationDeclineParam
    | ManagedAgentsBedrockMCPElicitationCancelParam
)
"""
Bedrock: the user's answer to an MCP elicitation, told apart by `type`.
"""
