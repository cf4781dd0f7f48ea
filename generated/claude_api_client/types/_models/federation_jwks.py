# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .jwks_discovery import JWKSDiscovery
    from .jwks_explicit_url import JWKSExplicitURL
    from .jwks_inline import JWKSInline
    from .unknown_federation_jwks import UnknownFederationJWKS


if TYPE_CHECKING:
    FederationJWKS = TypeAliasType(
        "FederationJWKS",
        Annotated[
            Union[
                Annotated[
                    Union[
                        JWKSDiscovery,
                        JWKSExplicitURL,
                        JWKSInline,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownFederationJWKS,
                    AfterValidator(unknown_tag("type", ["discovery", "explicit_url", "inline"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    FederationJWKS = lazy_union(
        "FederationJWKS",
        "type",
        {
            "discovery": ".jwks_discovery:JWKSDiscovery",
            "explicit_url": ".jwks_explicit_url:JWKSExplicitURL",
            "inline": ".jwks_inline:JWKSInline",
        },
        ".unknown_federation_jwks:UnknownFederationJWKS",
        __package__,
    )
