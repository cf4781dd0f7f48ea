# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_environment_variable_create_params import (
    ManagedAgentsEnvironmentVariableCreateParams,
)
from .managed_agents_mcp_oauth_create_params import ManagedAgentsMcpOauthCreateParams
from .managed_agents_static_bearer_create_params import (
    ManagedAgentsStaticBearerCreateParams,
)

ManagedAgentsCredentialCreateAuthParam: TypeAlias = (
    ManagedAgentsMcpOauthCreateParams
    | ManagedAgentsStaticBearerCreateParams
    | ManagedAgentsEnvironmentVariableCreateParams
)
"""
How a new credential authenticates, told apart by `type`.
"""
