# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_token_endpoint_auth_basic_update_param import (
    ManagedAgentsTokenEndpointAuthBasicUpdateParam,
)
from .managed_agents_token_endpoint_auth_post_update_param import (
    ManagedAgentsTokenEndpointAuthPostUpdateParam,
)

ManagedAgentsTokenEndpointAuthUpdateParams: TypeAlias = (
    ManagedAgentsTokenEndpointAuthBasicUpdateParam | ManagedAgentsTokenEndpointAuthPostUpdateParam
)
"""
A new way for an OAuth client to authenticate to the token endpoint, told apart by `type`.
"""
