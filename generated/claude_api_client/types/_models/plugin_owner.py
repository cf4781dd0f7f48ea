# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .plugin_owner_organization import PluginOwnerOrganization
    from .plugin_owner_user import PluginOwnerUser
    from .unknown_plugin_owner import UnknownPluginOwner


if TYPE_CHECKING:
    PluginOwner = TypeAliasType(
        "PluginOwner",
        Annotated[
            Union[
                Annotated[
                    Union[
                        PluginOwnerOrganization,
                        PluginOwnerUser,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownPluginOwner,
                    AfterValidator(unknown_tag("type", ["organization", "user"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    PluginOwner = lazy_union(
        "PluginOwner",
        "type",
        {
            "organization": ".plugin_owner_organization:PluginOwnerOrganization",
            "user": ".plugin_owner_user:PluginOwnerUser",
        },
        ".unknown_plugin_owner:UnknownPluginOwner",
        __package__,
    )
