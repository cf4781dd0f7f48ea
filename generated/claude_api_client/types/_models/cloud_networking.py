# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .limited_network import LimitedNetwork
    from .unknown_cloud_networking import UnknownCloudNetworking
    from .unrestricted_network import UnrestrictedNetwork


if TYPE_CHECKING:
    CloudNetworking = TypeAliasType(
        "CloudNetworking",
        Annotated[
            Union[
                Annotated[
                    Union[
                        UnrestrictedNetwork,
                        LimitedNetwork,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownCloudNetworking,
                    AfterValidator(unknown_tag("type", ["limited", "unrestricted"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    CloudNetworking = lazy_union(
        "CloudNetworking",
        "type",
        {
            "unrestricted": ".unrestricted_network:UnrestrictedNetwork",
            "limited": ".limited_network:LimitedNetwork",
        },
        ".unknown_cloud_networking:UnknownCloudNetworking",
        __package__,
    )
