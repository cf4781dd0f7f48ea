# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_credential_networking_params import (
    ManagedAgentsCredentialNetworkingParams,
)
from .managed_agents_injection_location_params import (
    ManagedAgentsInjectionLocationParams,
)


class ManagedAgentsEnvironmentVariableCreateParams(TypedDict):
    """
    A secret exposed to the agent as a placeholder environment variable, substituted on outbound requests.
    """

    type: Literal["environment_variable"]
    """
    Always `environment_variable`.
    """
    secret_name: str
    """
    Name of the placeholder environment variable the agent sees.
    """
    secret_value: str
    """
    The secret that replaces the placeholder on outbound requests.
    """
    networking: ManagedAgentsCredentialNetworkingParams
    """
    Which hosts may receive the secret.
    """
    injection_location: NotRequired[ManagedAgentsInjectionLocationParams]
    """
    Where in outbound requests the secret may be substituted.
    """
