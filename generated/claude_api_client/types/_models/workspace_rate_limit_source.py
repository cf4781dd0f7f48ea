# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .unknown_workspace_rate_limit_source import UnknownWorkspaceRateLimitSource
from .workspace_rate_limit_organization_source import (
    WorkspaceRateLimitOrganizationSource,
)
from .workspace_rate_limit_workspace_source import WorkspaceRateLimitWorkspaceSource

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
