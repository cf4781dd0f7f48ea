# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_file_resource import ManagedAgentsFileResource
    from .managed_agents_git_hub_repository_resource import (
        ManagedAgentsGitHubRepositoryResource,
    )
    from .managed_agents_memory_store_resource import ManagedAgentsMemoryStoreResource
    from .unknown_managed_agents_get_session_resource import (
        UnknownManagedAgentsGetSessionResource,
    )


if TYPE_CHECKING:
    ManagedAgentsGetSessionResource = TypeAliasType(
        "ManagedAgentsGetSessionResource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsGitHubRepositoryResource,
                        ManagedAgentsFileResource,
                        ManagedAgentsMemoryStoreResource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsGetSessionResource,
                    AfterValidator(
                        unknown_tag("type", ["file", "github_repository", "memory_store"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsGetSessionResource = lazy_union(
        "ManagedAgentsGetSessionResource",
        "type",
        {
            "github_repository": ".managed_agents_git_hub_repository_resource:ManagedAgentsGitHubRepositoryResource",
            "file": ".managed_agents_file_resource:ManagedAgentsFileResource",
            "memory_store": ".managed_agents_memory_store_resource:ManagedAgentsMemoryStoreResource",
        },
        ".unknown_managed_agents_get_session_resource:UnknownManagedAgentsGetSessionResource",
        __package__,
    )
