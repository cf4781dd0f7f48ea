# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_token_endpoint_auth_basic_response import (
        ManagedAgentsTokenEndpointAuthBasicResponse,
    )
    from .managed_agents_token_endpoint_auth_none_response import (
        ManagedAgentsTokenEndpointAuthNoneResponse,
    )
    from .managed_agents_token_endpoint_auth_post_response import (
        ManagedAgentsTokenEndpointAuthPostResponse,
    )
    from .unknown_managed_agents_token_endpoint_auth_response import (
        UnknownManagedAgentsTokenEndpointAuthResponse,
    )


if TYPE_CHECKING:
    ManagedAgentsTokenEndpointAuthResponse = TypeAliasType(
        "ManagedAgentsTokenEndpointAuthResponse",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsTokenEndpointAuthNoneResponse,
                        ManagedAgentsTokenEndpointAuthBasicResponse,
                        ManagedAgentsTokenEndpointAuthPostResponse,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsTokenEndpointAuthResponse,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["client_secret_basic", "client_secret_post", "none"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsTokenEndpointAuthResponse = lazy_union(
        "ManagedAgentsTokenEndpointAuthResponse",
        "type",
        {
            "none": ".managed_agents_token_endpoint_auth_none_response:ManagedAgentsTokenEndpointAuthNoneResponse",
            "client_secret_basic": ".managed_agents_token_endpoint_auth_basic_response:ManagedAgentsTokenEndpointAuthBasicResponse",
            "client_secret_post": ".managed_agents_token_endpoint_auth_post_response:ManagedAgentsTokenEndpointAuthPostResponse",
        },
        ".unknown_managed_agents_token_endpoint_auth_response:UnknownManagedAgentsTokenEndpointAuthResponse",
        __package__,
    )
