# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .rbac_role_source_built_in import RBACRoleSourceBuiltIn
    from .rbac_role_source_custom import RBACRoleSourceCustom
    from .unknown_rbac_role_source import UnknownRBACRoleSource


if TYPE_CHECKING:
    RBACRoleSource = TypeAliasType(
        "RBACRoleSource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        RBACRoleSourceBuiltIn,
                        RBACRoleSourceCustom,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownRBACRoleSource,
                    AfterValidator(unknown_tag("type", ["built_in", "custom"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    RBACRoleSource = lazy_union(
        "RBACRoleSource",
        "type",
        {
            "built_in": ".rbac_role_source_built_in:RBACRoleSourceBuiltIn",
            "custom": ".rbac_role_source_custom:RBACRoleSourceCustom",
        },
        ".unknown_rbac_role_source:UnknownRBACRoleSource",
        __package__,
    )
