# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .api_key_service_account_actor import APIKeyServiceAccountActor
    from .api_key_user_actor import APIKeyUserActor
    from .unknown_api_key_principal import UnknownAPIKeyPrincipal


if TYPE_CHECKING:
    APIKeyPrincipal = TypeAliasType(
        "APIKeyPrincipal",
        Annotated[
            Union[
                Annotated[
                    Union[
                        APIKeyUserActor,
                        APIKeyServiceAccountActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownAPIKeyPrincipal,
                    AfterValidator(unknown_tag("type", ["service_account_actor", "user_actor"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    APIKeyPrincipal = lazy_union(
        "APIKeyPrincipal",
        "type",
        {
            "user_actor": ".api_key_user_actor:APIKeyUserActor",
            "service_account_actor": ".api_key_service_account_actor:APIKeyServiceAccountActor",
        },
        ".unknown_api_key_principal:UnknownAPIKeyPrincipal",
        __package__,
    )
