# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_token_endpoint_auth_basic_param import (
    ManagedAgentsTokenEndpointAuthBasicParam,
)
from .managed_agents_token_endpoint_auth_none_param import (
    ManagedAgentsTokenEndpointAuthNoneParam,
)
from .managed_agents_token_endpoint_auth_post_param import (
    ManagedAgentsTokenEndpointAuthPostParam,
)

ManagedAgentsTokenEndpointAuthParams: TypeAlias = (
    ManagedAgentsTokenEndpointAuthNoneParam
    | ManagedAgentsTokenEndpointAuthBasicParam
    | ManagedAgentsTokenEndpointAuthPostParam
)
"""
How an OAuth client authenticates to the token endpoint, as sent, told apart by `type`.
"""
