# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_environment_variable_update_params import (
    ManagedAgentsEnvironmentVariableUpdateParams,
)
from .managed_agents_mcp_oauth_update_params import ManagedAgentsMcpOauthUpdateParams
from .managed_agents_static_bearer_update_params import (
    ManagedAgentsStaticBearerUpdateParams,
)

ManagedAgentsCredentialUpdateAuthParam: TypeAlias = (
    ManagedAgentsMcpOauthUpdateParams
    | ManagedAgentsStaticBearerUpdateParams
    | ManagedAgentsEnvironmentVariableUpdateParams
)
"""
Changes to a credential's authentication, told apart by `type`.
"""
