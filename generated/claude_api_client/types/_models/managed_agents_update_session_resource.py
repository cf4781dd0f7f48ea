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
    from .unknown_managed_agents_update_session_resource import (
        UnknownManagedAgentsUpdateSessionResource,
    )


if TYPE_CHECKING:
    ManagedAgentsUpdateSessionResource = TypeAliasType(
        "ManagedAgentsUpdateSessionResource",
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
                    UnknownManagedAgentsUpdateSessionResource,
                    AfterValidator(
                        unknown_tag("type", ["file", "github_repository", "memory_store"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsUpdateSessionResource = lazy_union(
        "ManagedAgentsUpdateSessionResource",
        "type",
        {
            "github_repository": ".managed_agents_git_hub_repository_resource:ManagedAgentsGitHubRepositoryResource",
            "file": ".managed_agents_file_resource:ManagedAgentsFileResource",
            "memory_store": ".managed_agents_memory_store_resource:ManagedAgentsMemoryStoreResource",
        },
        ".unknown_managed_agents_update_session_resource:UnknownManagedAgentsUpdateSessionResource",
        __package__,
    )
