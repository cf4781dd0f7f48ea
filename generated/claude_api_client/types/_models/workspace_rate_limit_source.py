# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .unknown_workspace_rate_limit_source import UnknownWorkspaceRateLimitSource
    from .workspace_rate_limit_organization_source import (
        WorkspaceRateLimitOrganizationSource,
    )
    from .workspace_rate_limit_workspace_source import WorkspaceRateLimitWorkspaceSource


if TYPE_CHECKING:
    WorkspaceRateLimitSource = TypeAliasType(
        "WorkspaceRateLimitSource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        WorkspaceRateLimitWorkspaceSource,
                        WorkspaceRateLimitOrganizationSource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownWorkspaceRateLimitSource,
                    AfterValidator(unknown_tag("type", ["organization", "workspace"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    WorkspaceRateLimitSource = lazy_union(
        "WorkspaceRateLimitSource",
        "type",
        {
            "workspace": ".workspace_rate_limit_workspace_source:WorkspaceRateLimitWorkspaceSource",
            "organization": ".workspace_rate_limit_organization_source:WorkspaceRateLimitOrganizationSource",
        },
        ".unknown_workspace_rate_limit_source:UnknownWorkspaceRateLimitSource",
        __package__,
    )
