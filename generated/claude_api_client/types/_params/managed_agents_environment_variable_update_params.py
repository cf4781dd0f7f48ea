# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_credential_networking_params import (
    ManagedAgentsCredentialNetworkingParams,
)
from .managed_agents_injection_location_update_params import (
    ManagedAgentsInjectionLocationUpdateParams,
)


class ManagedAgentsEnvironmentVariableUpdateParams(TypedDict):
    """
    Changes to an environment-variable credential.
    """

    type: Literal["environment_variable"]
    """
    Always `environment_variable`.
    """
    secret_value: NotRequired[str | None]
    """
    The new secret.
    """
    networking: NotRequired[ManagedAgentsCredentialNetworkingParams | None]
    """
    Which hosts may receive the secret.
    """
    injection_location: NotRequired[ManagedAgentsInjectionLocationUpdateParams]
    """
    Where in outbound requests the secret may be substituted.
    """
