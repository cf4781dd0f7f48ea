# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_environment_variable_auth_response import (
    ManagedAgentsEnvironmentVariableAuthResponse,
)
from .managed_agents_mcp_oauth_auth_response import ManagedAgentsMcpOauthAuthResponse
from .managed_agents_static_bearer_auth_response import (
    ManagedAgentsStaticBearerAuthResponse,
)
from .unknown_managed_agents_credential_auth import UnknownManagedAgentsCredentialAuth

ManagedAgentsCredentialAuth = TypeAliasType(
    "ManagedAgentsCredentialAuth",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsMcpOauthAuthResponse,
                    ManagedAgentsStaticBearerAuthResponse,
                    ManagedAgentsEnvironmentVariableAuthResponse,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsCredentialAuth,
                AfterValidator(
                    unknown_tag("type", ["environment_variable", "mcp_oauth", "static_bearer"])
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
