# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .api_key_organization_scope import APIKeyOrganizationScope
    from .api_key_workspace_scope import APIKeyWorkspaceScope
    from .unknown_api_key_scope import UnknownAPIKeyScope


if TYPE_CHECKING:
    APIKeyScope = TypeAliasType(
        "APIKeyScope",
        Annotated[
            Union[
                Annotated[
                    Union[
                        APIKeyOrganizationScope,
                        APIKeyWorkspaceScope,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownAPIKeyScope,
                    AfterValidator(unknown_tag("type", ["organization", "workspace"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    APIKeyScope = lazy_union(
        "APIKeyScope",
        "type",
        {
            "organization": ".api_key_organization_scope:APIKeyOrganizationScope",
            "workspace": ".api_key_workspace_scope:APIKeyWorkspaceScope",
        },
        ".unknown_api_key_scope:UnknownAPIKeyScope",
        __package__,
    )
