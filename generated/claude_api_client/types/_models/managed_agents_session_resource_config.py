# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

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
                AfterValidator(unknown_tag("type", ["file", "github_repository", "memory_store"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
