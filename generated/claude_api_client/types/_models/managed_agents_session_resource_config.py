# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_file_resource_config import ManagedAgentsFileResourceConfig
    from .managed_agents_git_hub_repository_resource_config import (
        ManagedAgentsGitHubRepositoryResourceConfig,
    )
    from .managed_agents_memory_store_resource_config import (
        ManagedAgentsMemoryStoreResourceConfig,
    )
    from .unknown_managed_agents_session_resource_config import (
        UnknownManagedAgentsSessionResourceConfig,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionResourceConfig = TypeAliasType(
        "ManagedAgentsSessionResourceConfig",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsGitHubRepositoryResourceConfig,
                        ManagedAgentsFileResourceConfig,
                        ManagedAgentsMemoryStoreResourceConfig,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionResourceConfig,
                    AfterValidator(
                        unknown_tag("type", ["file", "github_repository", "memory_store"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionResourceConfig = lazy_union(
        "ManagedAgentsSessionResourceConfig",
        "type",
        {
            "github_repository": ".managed_agents_git_hub_repository_resource_config:ManagedAgentsGitHubRepositoryResourceConfig",
            "file": ".managed_agents_file_resource_config:ManagedAgentsFileResourceConfig",
            "memory_store": ".managed_agents_memory_store_resource_config:ManagedAgentsMemoryStoreResourceConfig",
        },
        ".unknown_managed_agents_session_resource_config:UnknownManagedAgentsSessionResourceConfig",
        __package__,
    )
