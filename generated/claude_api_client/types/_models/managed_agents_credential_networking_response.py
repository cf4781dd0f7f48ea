# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_limited_credential_networking_response import (
        ManagedAgentsLimitedCredentialNetworkingResponse,
    )
    from .managed_agents_unrestricted_credential_networking_response import (
        ManagedAgentsUnrestrictedCredentialNetworkingResponse,
    )
    from .unknown_managed_agents_credential_networking_response import (
        UnknownManagedAgentsCredentialNetworkingResponse,
    )


if TYPE_CHECKING:
    ManagedAgentsCredentialNetworkingResponse = TypeAliasType(
        "ManagedAgentsCredentialNetworkingResponse",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsUnrestrictedCredentialNetworkingResponse,
                        ManagedAgentsLimitedCredentialNetworkingResponse,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsCredentialNetworkingResponse,
                    AfterValidator(unknown_tag("type", ["limited", "unrestricted"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsCredentialNetworkingResponse = lazy_union(
        "ManagedAgentsCredentialNetworkingResponse",
        "type",
        {
            "unrestricted": ".managed_agents_unrestricted_credential_networking_response:ManagedAgentsUnrestrictedCredentialNetworkingResponse",
            "limited": ".managed_agents_limited_credential_networking_response:ManagedAgentsLimitedCredentialNetworkingResponse",
        },
        ".unknown_managed_agents_credential_networking_response:UnknownManagedAgentsCredentialNetworkingResponse",
        __package__,
    )
