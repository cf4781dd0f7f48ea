# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_environment_variable_auth_response import (
        ManagedAgentsEnvironmentVariableAuthResponse,
    )
    from .managed_agents_mcp_oauth_auth_response import ManagedAgentsMcpOauthAuthResponse
    from .managed_agents_static_bearer_auth_response import (
        ManagedAgentsStaticBearerAuthResponse,
    )
    from .unknown_managed_agents_credential_auth import UnknownManagedAgentsCredentialAuth


if TYPE_CHECKING:
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
                        unknown_tag(
                            "type",
                            ["environment_variable", "mcp_oauth", "static_bearer"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsCredentialAuth = lazy_union(
        "ManagedAgentsCredentialAuth",
        "type",
        {
            "mcp_oauth": ".managed_agents_mcp_oauth_auth_response:ManagedAgentsMcpOauthAuthResponse",
            "static_bearer": ".managed_agents_static_bearer_auth_response:ManagedAgentsStaticBearerAuthResponse",
            "environment_variable": ".managed_agents_environment_variable_auth_response:ManagedAgentsEnvironmentVariableAuthResponse",
        },
        ".unknown_managed_agents_credential_auth:UnknownManagedAgentsCredentialAuth",
        __package__,
    )
