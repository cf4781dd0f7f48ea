# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .plugin_target_organization import PluginTargetOrganization
    from .plugin_target_organization_member import PluginTargetOrganizationMember
    from .plugin_target_rbac_group import PluginTargetRBACGroup
    from .unknown_plugin_target import UnknownPluginTarget


if TYPE_CHECKING:
    PluginTarget = TypeAliasType(
        "PluginTarget",
        Annotated[
            Union[
                Annotated[
                    Union[
                        PluginTargetOrganization,
                        PluginTargetRBACGroup,
                        PluginTargetOrganizationMember,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownPluginTarget,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["organization", "organization_member", "rbac_group"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    PluginTarget = lazy_union(
        "PluginTarget",
        "type",
        {
            "organization": ".plugin_target_organization:PluginTargetOrganization",
            "rbac_group": ".plugin_target_rbac_group:PluginTargetRBACGroup",
            "organization_member": ".plugin_target_organization_member:PluginTargetOrganizationMember",
        },
        ".unknown_plugin_target:UnknownPluginTarget",
        __package__,
    )
