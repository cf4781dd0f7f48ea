# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_limited_credential_networking_params import (
    ManagedAgentsLimitedCredentialNetworkingParams,
)
from .managed_agents_unrestricted_credential_networking_params import (
    ManagedAgentsUnrestrictedCredentialNetworkingParams,
)

ManagedAgentsCredentialNetworkingParams: TypeAlias = (
    ManagedAgentsUnrestrictedCredentialNetworkingParams
    | ManagedAgentsLimitedCredentialNetworkingParams
)
"""
Which hosts may receive the secret, told apart by `type`.
"""
